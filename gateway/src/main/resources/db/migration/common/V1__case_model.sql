-- The canonical case model. Portable SQL (H2 2.x and PostgreSQL 15+).
-- Nothing here is ever deleted: case_version, missing_person, involved_party and attachment rows are
-- written once; case_file only moves its pointer to the current version.

create table consulate (
  code        varchar(16)  primary key,
  name        varchar(200) not null,
  city        varchar(100) not null,
  country     char(2)      not null,
  time_zone   varchar(64)  not null
);

create table app_user (
  username       varchar(64)  primary key,
  password_hash  varchar(400) not null,
  display_name   varchar(200) not null,
  role           varchar(32)  not null,
  consulate_code varchar(16)  references consulate(code),
  enabled        boolean      not null,
  demo           boolean      not null,
  created_at     timestamp with time zone not null
);

-- EclipseLink reads a sequence value as the last id of a block of 50: blocks start at 50
create sequence folio_seq start with 1 increment by 1;
create sequence case_file_seq start with 50 increment by 50;
create sequence case_version_seq start with 50 increment by 50;
create sequence missing_person_seq start with 50 increment by 50;
create sequence attachment_seq start with 50 increment by 50;

create table case_file (
  id                bigint       primary key,
  folio             varchar(32)  not null unique,
  channel           varchar(32)  not null,
  consulate_code    varchar(16)  not null references consulate(code),
  original_language varchar(8)   not null,
  access_code_hash  varchar(128) not null,
  status            varchar(32)  not null,
  created_at        timestamp with time zone not null,
  created_by        varchar(64)  not null,
  current_version   integer      not null,
  updated_at        timestamp with time zone not null,
  lock_version      bigint       not null
);
create index case_file_consulate_idx on case_file (consulate_code, created_at);

create table case_version (
  id                     bigint        primary key,
  case_id                bigint        not null references case_file(id),
  version_no             integer       not null,
  recorded_at            timestamp with time zone not null,
  recorded_by            varchar(64)   not null,
  reason                 varchar(500)  not null,
  reporter_mode          varchar(16)   not null,
  reporter_name          varchar(300),
  reporter_relationship  varchar(32),
  reporter_email         varchar(320),
  reporter_phone         varchar(32),
  reporter_address       varchar(500),
  reporter_country       char(2),
  circumstances          varchar(20000),
  official_involvement   boolean       not null,
  constraint case_version_unique unique (case_id, version_no)
);

create table missing_person (
  id               bigint        primary key,
  version_id       bigint        not null references case_version(id),
  position         integer       not null,
  given_names      varchar(200),
  first_surname    varchar(200),
  second_surname   varchar(200),
  sex              varchar(1),
  date_of_birth    date,
  approximate_age  integer,
  nationality      char(2),
  curp             char(18),
  in_migration     boolean       not null,
  height_cm        integer,
  build            varchar(16),
  complexion       varchar(16),
  eye_colour       varchar(16),
  hair_colour      varchar(16),
  description      varchar(4000),
  last_seen_date   date,
  last_seen_place  varchar(300),
  last_seen_state  varchar(8)
);
create index missing_person_version_idx on missing_person (version_id);

create table involved_party (
  version_id  bigint        not null references case_version(id),
  position    integer       not null,
  role        varchar(16)   not null,
  name        varchar(300),
  details     varchar(2000),
  primary key (version_id, role, position)
);

create table attachment (
  id            bigint        primary key,
  case_id       bigint        not null references case_file(id),
  version_no    integer       not null,
  file_name     varchar(255)  not null,
  media_type    varchar(100)  not null,
  size_bytes    bigint        not null,
  sha256        char(64)      not null,
  storage_key   varchar(300)  not null,
  added_at      timestamp with time zone not null,
  added_by      varchar(64)   not null
);
create index attachment_case_idx on attachment (case_id);
