-- Routing decisions and the transactional outbox (one message per recipient per case version).
alter table case_file add column flags varchar(64) default '' not null;
alter table case_file add column routing_table_version varchar(16);
alter table app_user add column agency_code varchar(32);

create sequence outbox_seq start with 50 increment by 50;

create table outbox_message (
  id               bigint        primary key,
  case_id          bigint        not null references case_file(id),
  folio            varchar(32)   not null,
  case_version     integer       not null,
  recipient        varchar(32)   not null,
  channel          varchar(16)   not null,
  idempotency_key  varchar(100)  not null unique,
  flags            varchar(64)   not null,
  payload          varchar(1000000) not null,
  status           varchar(16)   not null,
  attempts         integer       not null,
  next_attempt_at  timestamp with time zone not null,
  claimed_until    timestamp with time zone,
  last_error       varchar(2000),
  created_at       timestamp with time zone not null,
  delivered_at     timestamp with time zone,
  ack_deadline     timestamp with time zone,
  ack_reference    varchar(200),
  acked_at         timestamp with time zone,
  acked_by         varchar(64),
  escalated_at     timestamp with time zone
);
create index outbox_due_idx on outbox_message (status, next_attempt_at);
create index outbox_recipient_idx on outbox_message (recipient, status);
create index outbox_case_idx on outbox_message (case_id);

-- What a supervisor must see: an acknowledgement overdue, a delivery parked, a request from an agency.
create sequence alert_seq start with 50 increment by 50;
create table alert (
  id              bigint        primary key,
  consulate_code  varchar(16)   not null references consulate(code),
  folio           varchar(32)   not null,
  kind            varchar(32)   not null,
  recipient       varchar(32),
  detail          varchar(2000),
  created_at      timestamp with time zone not null,
  resolved_at     timestamp with time zone
);
create index alert_consulate_idx on alert (consulate_code, resolved_at);
