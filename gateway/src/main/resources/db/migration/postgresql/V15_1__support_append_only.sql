-- A support request's history and its result files are append-only, and no request is ever deleted.
create trigger support_event_append_only before update or delete on support_event
  for each row execute function mae_reject_change();
create trigger support_result_append_only before update or delete on support_result
  for each row execute function mae_reject_change();
create trigger support_request_no_delete before delete on support_request
  for each row execute function mae_reject_change();
