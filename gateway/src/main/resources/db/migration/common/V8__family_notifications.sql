-- Messages to families (acknowledgements, news) by email, SMS or WhatsApp: a second outbox, written
-- in the transaction that caused the message, sent by the family notification route, never deleted.
create sequence family_message_seq start with 50 increment by 50;
create table family_message (
  id                 bigint         primary key,
  consulate_code     varchar(16)    references consulate(code),
  folio              varchar(32),
  purpose            varchar(32)    not null,
  channel            varchar(16)    not null,
  address            varchar(320)   not null,
  language           varchar(8)     not null,
  subject            varchar(1000),
  body               varchar(8000)  not null,
  secret             varchar(64),
  message_key        varchar(200)   not null unique,
  status             varchar(16)    not null,
  attempts           integer        not null,
  next_attempt_at    timestamp with time zone not null,
  claimed_until      timestamp with time zone,
  last_error         varchar(2000),
  provider_ref       varchar(64),
  provider_status    varchar(32),
  provider_status_at timestamp with time zone,
  created_at         timestamp with time zone not null,
  sent_at            timestamp with time zone
);
create index family_message_due_idx on family_message (status, next_attempt_at);
create index family_message_folio_idx on family_message (folio);
create index family_message_provider_idx on family_message (provider_ref);
create index family_message_consulate_idx on family_message (consulate_code, created_at);

-- STOP and START from a phone, as events: the latest one for a channel and address decides.
create sequence phone_consent_seq start with 50 increment by 50;
create table phone_consent (
  id          bigint        primary key,
  channel     varchar(16)   not null,
  address     varchar(320)  not null,
  action      varchar(8)    not null,
  source      varchar(64),
  recorded_at timestamp with time zone not null
);
create index phone_consent_address_idx on phone_consent (channel, address, id);

-- Every SMS/WhatsApp message a consulate's number received, once by the provider's MessageSid.
create sequence phone_message_seq start with 50 increment by 50;
create table phone_message (
  id              bigint         primary key,
  provider_sid    varchar(64)    not null unique,
  channel         varchar(16)    not null,
  from_address    varchar(64)    not null,
  to_address      varchar(64)    not null,
  consulate_code  varchar(16)    references consulate(code),
  body            varchar(4000),
  reply           varchar(4000),
  outcome         varchar(16)    not null,
  folio           varchar(32),
  received_at     timestamp with time zone not null
);
create index phone_message_from_idx on phone_message (channel, from_address, received_at);

-- The SMS/WhatsApp conversation with one number: the engine's state between messages (resumes after hours).
create sequence phone_conversation_seq start with 50 increment by 50;
create table phone_conversation (
  id              bigint         primary key,
  channel         varchar(16)    not null,
  address         varchar(64)    not null,
  consulate_code  varchar(16)    not null references consulate(code),
  state           varchar(8000)  not null,
  open            boolean        not null, -- waiting for an answer: the timeout applies
  folio           varchar(32),
  created_at      timestamp with time zone not null,
  last_inbound_at timestamp with time zone not null,
  version         integer        not null
);
create unique index phone_conversation_address_idx on phone_conversation (channel, address);
create index phone_conversation_idle_idx on phone_conversation (open, last_inbound_at);

-- A call to the 24/7 line: menu choices, the recording (stored by SHA-256) and the callback task.
create sequence phone_call_seq start with 50 increment by 50;
create table phone_call (
  id                 bigint         primary key,
  call_sid           varchar(64)    not null unique,
  from_address       varchar(64)    not null,
  to_address         varchar(64)    not null,
  consulate_code     varchar(16)    not null references consulate(code),
  language           varchar(8),
  callback_requested boolean,
  recording_sid      varchar(64),
  recording_url      varchar(1000),
  recording_seconds  integer,
  recording_sha256   char(64),
  recording_key      varchar(300),
  folio              varchar(32),
  status             varchar(16)    not null,
  callback_done_at   timestamp with time zone,
  callback_done_by   varchar(64),
  created_at         timestamp with time zone not null,
  updated_at         timestamp with time zone not null
);
create index phone_call_consulate_idx on phone_call (consulate_code, status);
