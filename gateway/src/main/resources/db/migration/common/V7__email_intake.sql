-- Every email a consulate's mailbox received, once (Message-ID or content hash): what became of it.
create sequence email_message_seq start with 50 increment by 50;
create table email_message (
  id             bigint        primary key,
  message_key    varchar(300)  not null unique,
  consulate_code varchar(16)   not null references consulate(code),
  outcome        varchar(16)   not null,
  folio          varchar(32),
  sender         varchar(320),
  subject        varchar(1000),
  language       varchar(8),
  raw_sha256     char(64)      not null,
  raw_storage_key varchar(300) not null,
  error          varchar(2000),
  received_at    timestamp with time zone not null
);
create index email_message_consulate_idx on email_message (consulate_code, outcome, received_at);

-- A case that came in without structured data (an email) waits in the consulate's triage queue.
alter table case_file add column preliminary boolean default false not null;
