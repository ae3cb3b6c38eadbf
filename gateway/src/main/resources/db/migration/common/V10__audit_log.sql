-- The audit log (issue #9): every read, export, change, delivery and replay of case data, append-only
-- and hash-chained. hash = SHA-256 over prev_hash and a canonical serialization of the row's fields
-- (AuditChain), so an edited, deleted or re-linked row breaks the chain at that row. ids are given
-- without gaps under the lock of audit_chain_head, which every append takes: the chain never forks.
create table audit_event (
  id          bigint        primary key,
  at          timestamp with time zone not null,
  actor       varchar(200)  not null,
  role        varchar(64)   not null,
  action      varchar(64)   not null,
  object_type varchar(32)   not null,
  object_id   varchar(200),
  detail      varchar(2000),
  remote_addr varchar(64)   not null,
  prev_hash   char(64)      not null,
  hash        char(64)      not null
);
create index audit_event_object on audit_event (object_type, object_id);

-- one row: the last event's id and hash; a deleted tail shows as a head past the last row
create table audit_chain_head (
  id        int      primary key,
  last_id   bigint   not null,
  last_hash char(64) not null
);
insert into audit_chain_head (id, last_id, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
