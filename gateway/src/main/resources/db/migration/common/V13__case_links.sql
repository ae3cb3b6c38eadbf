-- Person matching (issue 8): reports of the same person linked into one case, never merged or deleted.
-- case_link is an append-only log of decisions on a pair of cases (LINKED, UNLINKED, NOT_SAME); the
-- latest event of a pair decides. match_review is the officers' queue of pairs the engine was unsure of.
create sequence case_link_seq start with 50 increment by 50;
create table case_link (
  id            bigint         primary key,
  primary_case  varchar(32)    not null,  -- the first report's folio: the case that receives the others
  linked_case   varchar(32)    not null,  -- the later report's folio
  event         varchar(16)    not null,  -- LINKED, UNLINKED, NOT_SAME
  automatic     boolean        not null,
  score         double precision,
  explanation   varchar(4000),
  decided_by    varchar(64)    not null,
  decided_at    timestamp with time zone not null
);
create index case_link_primary_idx on case_link (primary_case);
create index case_link_linked_idx on case_link (linked_case);

create sequence match_review_seq start with 50 increment by 50;
create table match_review (
  id             bigint         primary key,
  primary_case   varchar(32)    not null,
  linked_case    varchar(32)    not null,
  consulate_code varchar(16)    not null,  -- the consulate of the later report: its officers decide
  score          double precision not null,
  explanation    varchar(4000)  not null,
  status         varchar(16)    not null,  -- OPEN, LINKED, NOT_SAME
  created_at     timestamp with time zone not null,
  decided_by     varchar(64),
  decided_at     timestamp with time zone
);
create index match_review_open_idx on match_review (consulate_code, status);
create unique index match_review_pair_idx on match_review (primary_case, linked_case);
