-- Person matching (issue 8): reported missing persons, kept for matching and found by blocking keys.
-- A derived index, not the record: the case model stays in case_version/missing_person. A row is
-- replaced when its person is indexed again (a corrected version); person_block rows go with it.
-- Portable SQL (H2 2.x and PostgreSQL 15+).

create table person_index (
  id                       bigint        primary key,  -- the caller's id (e.g. the missing person's or the case's)
  folio                    varchar(32),
  given_names              varchar(200),
  first_surname            varchar(200),
  second_surname           varchar(200),
  sex                      varchar(1),
  date_of_birth            date,
  approximate_age          integer,
  reference_year           integer,
  curp                     varchar(18),
  foreign_doc_type         varchar(32),
  foreign_doc_number       varchar(64),
  nationality              char(2),
  last_seen_state          varchar(8),
  last_seen_place          varchar(300),
  last_seen_date           date,
  norm_given_names         varchar(200),                -- normalized (NameNormalizer), to read and to debug
  norm_first_surname       varchar(200),
  norm_second_surname      varchar(200),
  indexed_at               timestamp with time zone not null
);
create index person_index_folio_idx on person_index (folio);

-- One row per (blocking key, person): candidates are the persons sharing a key with the probe.
create table person_block (
  block_key  varchar(96) not null,
  person_id  bigint      not null references person_index(id)
);
create index person_block_key_idx on person_block (block_key, person_id);
create index person_block_person_idx on person_block (person_id);
