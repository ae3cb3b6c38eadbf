-- Spanish translations of free-text fields, kept beside the original with their provenance.
-- Each case version carries the full set it knows of (versions stay self-contained and append-only).
create table text_translation (
  version_id     bigint        not null references case_version(id),
  field          varchar(100)  not null,
  text           varchar(20000) not null,
  translated_by  varchar(100)  not null,
  translated_at  timestamp with time zone not null,
  from_language  varchar(8)    not null,
  primary key (version_id, field)
);
