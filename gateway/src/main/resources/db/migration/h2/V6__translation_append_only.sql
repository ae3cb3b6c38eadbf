-- H2 relies on the application's guards; PostgreSQL adds a trigger (postgresql/V6).
select 1;
