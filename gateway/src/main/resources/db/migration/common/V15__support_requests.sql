-- Support requests from Mexican authorities to consulates (General Law art. 89; issue 6 part 2): a
-- search commission or prosecutor asks a consulate to act abroad for a case routed to it. Portable SQL
-- (H2 2.2 and PostgreSQL 15). Nothing is ever deleted; support_event and support_result are append-only
-- (vendor V15_1); the request's status is the projection of its events, kept here for queries.

-- the reference serial (SR-2026-000001), like folio_seq: not an id sequence
create sequence support_reference_seq start with 1 increment by 1;
-- EclipseLink reads a sequence value as the last id of a block of 50: blocks start at 50
create sequence support_request_seq start with 50 increment by 50;
create sequence support_event_seq start with 50 increment by 50;
create sequence support_result_seq start with 50 increment by 50;

create table support_request (
  id                 bigint        primary key,
  reference          varchar(32)   not null unique,
  case_id            bigint        not null references case_file(id),
  folio              varchar(32)   not null,
  requesting_agency  varchar(32)   not null,
  consulate_code     varchar(16)   not null references consulate(code),
  request_type       varchar(40)   not null,
  description        varchar(4000) not null,
  due_at             timestamp with time zone not null,
  status             varchar(16)   not null,
  assignee           varchar(64),
  escalated_at       timestamp with time zone,
  created_at         timestamp with time zone not null,
  created_by         varchar(64)   not null,
  updated_at         timestamp with time zone not null,
  lock_version       bigint        not null,
  constraint support_request_type check (request_type in ('INTERVIEW_RELATIVE_OR_WITNESS', 'REFERENCE_DNA_SAMPLE',
    'DELIVER_NOTIFICATION', 'OBTAIN_DOCUMENT', 'ACCOMPANY_FAMILY', 'OTHER')),
  constraint support_request_status check (status in ('REQUESTED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'UNABLE'))
);
create index support_request_consulate_idx on support_request (consulate_code, created_at);
create index support_request_agency_idx on support_request (requesting_agency, created_at);
create index support_request_due_idx on support_request (status, due_at);

-- who (and in what role) did what, when: the request's history and the source of its status
create table support_event (
  id           bigint        primary key,
  request_id   bigint        not null references support_request(id),
  recorded_at  timestamp with time zone not null,
  actor        varchar(64)   not null,
  actor_role   varchar(32)   not null,
  action       varchar(32)   not null,
  detail       varchar(4000)
);
create index support_event_request_idx on support_event (request_id);

-- a result file kept in the content-addressed attachment store: the chain of custody
create table support_result (
  id           bigint        primary key,
  request_id   bigint        not null references support_request(id),
  file_name    varchar(255)  not null,
  media_type   varchar(100)  not null,
  size_bytes   bigint        not null,
  sha256       char(64)      not null,
  storage_key  varchar(300)  not null,
  uploaded_by  varchar(64)   not null,
  uploaded_at  timestamp with time zone not null
);
create index support_result_request_idx on support_result (request_id);

-- The outbox carries a third kind: the result of a support request for the requesting agency (no case
-- row of its own; the request reference in folio, the consulate that acted in consulate_code).
alter table outbox_message drop constraint outbox_message_case_kind;
alter table outbox_message add constraint outbox_message_case_kind
  check ((kind = 'CASE' and case_id is not null)
    or (kind in ('VISA_NOTICE', 'SUPPORT_RESULT') and case_id is null and consulate_code is not null));
