-- The embedded H2 database relies on the application's guards (entity listeners) for the authority
-- notification history and the notices on cases; PostgreSQL also enforces them with triggers
-- (postgresql/V14_1).
select 1;
