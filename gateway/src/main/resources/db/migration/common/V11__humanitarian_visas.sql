-- Humanitarian visa requests (issue 7) and the outbox generalised to carry their notices to INM.
-- Portable SQL (H2 2.2 and PostgreSQL 15). Nothing here is ever deleted; visa_event is append-only.

-- the reference serial (VH-2026-000001), like folio_seq: not an id sequence
create sequence visa_reference_seq start with 1 increment by 1;
-- EclipseLink reads a sequence value as the last id of a block of 50: blocks start at 50
create sequence visa_request_seq start with 50 increment by 50;
create sequence visa_document_seq start with 50 increment by 50;
create sequence visa_slot_seq start with 50 increment by 50;
create sequence visa_event_seq start with 50 increment by 50;

create table visa_request (
  id                     bigint         primary key,
  reference              varchar(32)    not null unique,
  consulate_code         varchar(16)    not null references consulate(code),
  access_code_hash       varchar(128)   not null,
  language               varchar(8)     not null,
  status                 varchar(32)    not null,
  applicant_name         varchar(300)   not null,
  nationality            char(2)        not null,
  travel_document_type   varchar(32)    not null,
  travel_document_number varchar(64)    not null,
  date_of_birth          date,
  email                  varchar(320),
  phone                  varchar(32),
  relationship           varchar(32)    not null,
  missing_person_name    varchar(300),
  related_folio          varchar(32),
  invitation_agency      varchar(32),
  invitation_reference   varchar(200),
  invitation_purpose     varchar(1000),
  invitation_from        date,
  invitation_to          date,
  travel_from            date,
  travel_to              date,
  fee_amount             numeric(10, 2) not null,
  fee_currency           char(3)        not null,
  fee_waiver_basis       varchar(2000)  not null,
  decision               varchar(32),
  decision_reasons       varchar(4000),
  decided_at             timestamp with time zone,
  decided_by             varchar(64),
  created_at             timestamp with time zone not null,
  created_by             varchar(64)    not null,
  updated_at             timestamp with time zone not null,
  lock_version           bigint         not null,
  -- the visa is free of charge for relatives of missing migrants (CED/C/MEX/VR/1 para. 47): never a fee
  constraint visa_request_no_fee check (fee_amount = 0),
  constraint visa_request_case_or_invitation check (related_folio is not null or invitation_agency is not null)
);
create index visa_request_consulate_idx on visa_request (consulate_code, status, created_at);

create table visa_document (
  id           bigint        primary key,
  request_id   bigint        not null references visa_request(id),
  doc_type     varchar(32)   not null,
  state        varchar(32)   not null,
  file_name    varchar(255),
  media_type   varchar(100),
  size_bytes   bigint,
  sha256       char(64),
  storage_key  varchar(300),
  updated_at   timestamp with time zone not null,
  updated_by   varchar(64)   not null,
  constraint visa_document_unique unique (request_id, doc_type)
);

create table visa_slot (
  id            bigint        primary key,
  request_id    bigint        not null references visa_request(id),
  starts_at     timestamp with time zone not null,
  offered_by    varchar(64)   not null,
  offered_at    timestamp with time zone not null,
  confirmed_at  timestamp with time zone
);
create index visa_slot_request_idx on visa_slot (request_id);

create table visa_event (
  id           bigint        primary key,
  request_id   bigint        not null references visa_request(id),
  recorded_at  timestamp with time zone not null,
  actor        varchar(64)   not null,
  action       varchar(64)   not null,
  detail       varchar(2000)
);
create index visa_event_request_idx on visa_event (request_id);

-- The outbox carries a second kind of message: a visa notice has no case, its own consulate, and its
-- payload is the notice JSON delivered as it is. Existing rows are CASE; case rows keep their case_id.
alter table outbox_message add column kind varchar(16) default 'CASE' not null;
alter table outbox_message add column consulate_code varchar(16);
alter table outbox_message alter column case_id drop not null;
alter table outbox_message add constraint outbox_message_case_kind
  check ((kind = 'CASE' and case_id is not null) or (kind = 'VISA_NOTICE' and case_id is null and consulate_code is not null));
