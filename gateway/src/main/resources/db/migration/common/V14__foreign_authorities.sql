-- Notifications from foreign authorities (issue 6, part 1): police, medical examiners, migration and
-- detention authorities abroad tell a consulate about a person. Each authority is registered by the
-- consulate (foreign_authority) and gets API keys (authority_api_key: only a SHA-256 of the secret is
-- kept). A notification waits for an officer (authority_notification, its candidate cases and its
-- append-only history); what an officer confirms becomes part of a case (case_authority_notice, written
-- once, carried by every later version). Nothing here is ever deleted.
-- Portable SQL (H2 2.2 and PostgreSQL 15).

create sequence foreign_authority_seq start with 50 increment by 50;
create table foreign_authority (
  id              bigint         primary key,
  consulate_code  varchar(16)    not null references consulate(code),
  name            varchar(300)   not null,
  country         char(2)        not null,
  kind            varchar(32)    not null,   -- POLICE, MEDICAL_EXAMINER, MIGRATION, DETENTION, HOSPITAL, OTHER
  contact_emails  varchar(2000)  not null,   -- lower-case addresses, comma-separated
  allowed_types   varchar(300)   not null,   -- notification types, comma-separated
  cert_sha256     char(64),                  -- fingerprint of the client certificate accepted for mutual TLS
  active          boolean        not null,
  created_at      timestamp with time zone not null,
  created_by      varchar(64)    not null,
  lock_version    bigint         not null
);
create index foreign_authority_consulate_idx on foreign_authority (consulate_code);
create unique index foreign_authority_cert_idx on foreign_authority (cert_sha256);

create sequence authority_api_key_seq start with 50 increment by 50;
create table authority_api_key (
  id            bigint         primary key,
  authority_id  bigint         not null references foreign_authority(id),
  key_id        varchar(32)    not null unique,  -- the public part of the key, shown in lists
  secret_sha256 char(64)       not null,         -- SHA-256 of the 256-bit random secret (never the secret)
  created_at    timestamp with time zone not null,
  created_by    varchar(64)    not null,
  rotated_from  varchar(32),
  revoked_at    timestamp with time zone,
  revoked_by    varchar(64)
);
create index authority_api_key_authority_idx on authority_api_key (authority_id);

-- the reference serial (AN-2026-000001), like folio_seq: not an id sequence
create sequence authority_notification_ref_seq start with 1 increment by 1;
create sequence authority_notification_seq start with 50 increment by 50;
create table authority_notification (
  id                   bigint         primary key,
  reference            varchar(32)    not null unique,
  authority_id         bigint         not null references foreign_authority(id),
  consulate_code       varchar(16)    not null references consulate(code),
  authority_reference  varchar(200)   not null,   -- the authority's own reference: same reference, same notification
  source               varchar(16)    not null,   -- API or EMAIL
  notice_type          varchar(32)    not null,   -- UNKNOWN until an officer classifies an emailed one
  status               varchar(32)    not null,   -- PENDING_REVIEW, CONFIRMED, NEW_CASE, REJECTED
  given_names          varchar(200),
  first_surname        varchar(200),
  second_surname       varchar(200),
  sex                  varchar(8),
  date_of_birth        date,
  approximate_age      integer,
  nationality          varchar(8),
  curp                 varchar(32),
  document_type        varchar(32),
  document_number      varchar(64),
  event_date           date,
  place                varchar(500),
  country              varchar(8),
  facility_name        varchar(300),
  facility_contact     varchar(500),
  narrative            varchar(20000),
  received_at          timestamp with time zone not null,
  folio                varchar(32),               -- the case it was confirmed into, or opened as
  decided_by           varchar(64),
  decided_at           timestamp with time zone,
  lock_version         bigint         not null,
  constraint authority_notification_idempotent unique (authority_id, authority_reference)
);
create index authority_notification_consulate_idx on authority_notification (consulate_code, status, received_at);

create sequence authority_notification_candidate_seq start with 50 increment by 50;
create table authority_notification_candidate (
  id               bigint           primary key,
  notification_id  bigint           not null references authority_notification(id),
  position         integer          not null,
  folio            varchar(32)      not null,
  score            double precision not null,
  decision         varchar(16)      not null,   -- the engine's: AUTO_LINK, REVIEW, NO_MATCH (an officer decides anyway)
  explanation      varchar(4000)    not null
);
create index authority_notification_candidate_idx on authority_notification_candidate (notification_id);

create sequence authority_notification_file_seq start with 50 increment by 50;
create table authority_notification_file (
  id               bigint         primary key,
  notification_id  bigint         not null references authority_notification(id),
  file_name        varchar(255)   not null,
  media_type       varchar(100)   not null,
  size_bytes       bigint         not null,
  sha256           char(64)       not null,
  storage_key      varchar(300)   not null
);
create index authority_notification_file_idx on authority_notification_file (notification_id);

create sequence authority_notification_event_seq start with 50 increment by 50;
create table authority_notification_event (
  id               bigint         primary key,
  notification_id  bigint         not null references authority_notification(id),
  recorded_at      timestamp with time zone not null,
  actor            varchar(64)    not null,
  action           varchar(64)    not null,
  detail           varchar(2000)
);
create index authority_notification_event_idx on authority_notification_event (notification_id);

-- what an officer confirmed about a case: written once; every version from version_no on carries it
create sequence case_authority_notice_seq start with 50 increment by 50;
create table case_authority_notice (
  id                 bigint         primary key,
  case_id            bigint         not null references case_file(id),
  version_no         integer        not null,
  reference          varchar(32)    not null,
  notice_type        varchar(32)    not null,
  event_date         date,
  place              varchar(500),
  country            varchar(8),
  authority_name     varchar(300)   not null,
  authority_country  char(2)        not null,
  authority_kind     varchar(32)    not null,
  facility_name      varchar(300),
  facility_contact   varchar(500),
  narrative          varchar(20000),
  confirmed_by       varchar(64)    not null,
  confirmed_at       timestamp with time zone not null
);
create index case_authority_notice_case_idx on case_authority_notice (case_id);
