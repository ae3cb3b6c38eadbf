-- PFIF 1.4 exchange (issue 6): persons and notes received from other person-finding repositories,
-- kept as they came (append-only, one row per version of a record id; the latest version counts),
-- and what the matching engine and officers made of each received person (the latest row of a person
-- and case decides). Imported persons are not cases.
create sequence pfif_person_seq start with 50 increment by 50;
create table pfif_person (
  id             bigint          primary key,
  record_id      varchar(500)    not null,   -- domain/unique_string of the repository that made it
  version_no     integer         not null,   -- 1, 2, … : a newer entry_date with other content is a new version
  entry_date     timestamp with time zone,   -- as the sending repository stamped it
  source_date    timestamp with time zone not null,
  full_name      varchar(20000)  not null,
  content        varchar(1000000) not null,  -- the record as a PFIF 1.4 document (without its notes)
  content_hash   varchar(64)     not null,   -- SHA-256 of the record without entry_date: "same content"
  stored_at      timestamp with time zone not null,
  imported_by    varchar(64)     not null,
  consulate_code varchar(16)     not null,   -- the importer's consulate (MAE-CENTRAL for an administrator)
  constraint pfif_person_version_uq unique (record_id, version_no)
);
create index pfif_person_stored_idx on pfif_person (stored_at);

create sequence pfif_note_seq start with 50 increment by 50;
create table pfif_note (
  id               bigint          primary key,
  note_record_id   varchar(500)    not null,
  person_record_id varchar(500)    not null,  -- may be one of our own persons (<our domain>/<folio>.<n>)
  version_no       integer         not null,
  entry_date       timestamp with time zone,
  source_date      timestamp with time zone not null,
  status           varchar(32),
  content          varchar(1000000) not null,
  content_hash     varchar(64)     not null,
  stored_at        timestamp with time zone not null,
  imported_by      varchar(64)     not null,
  consulate_code   varchar(16)     not null,
  constraint pfif_note_version_uq unique (note_record_id, version_no)
);
create index pfif_note_person_idx on pfif_note (person_record_id);
create index pfif_note_stored_idx on pfif_note (stored_at);

create sequence pfif_match_seq start with 50 increment by 50;
create table pfif_match (
  id               bigint           primary key,
  person_record_id varchar(500)     not null,
  person_version   integer          not null,
  folio            varchar(32)      not null,  -- the case the engine found (the root of linked reports)
  decision         varchar(16)      not null,  -- AUTO_LINK, REVIEW (for an officer), LINKED or NOT_SAME (an officer's decision)
  score            double precision not null,
  explanation      varchar(4000)    not null,
  decided_by       varchar(64)      not null,  -- "matching" for the engine, else the officer
  created_at       timestamp with time zone not null
);
create index pfif_match_person_idx on pfif_match (person_record_id, folio);
create index pfif_match_folio_idx on pfif_match (folio);
