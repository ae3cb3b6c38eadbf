-- Visa request history is append-only, and no visa request, document or appointment is ever deleted.
create trigger visa_event_append_only before update or delete on visa_event
  for each row execute function mae_reject_change();
create trigger visa_request_no_delete before delete on visa_request
  for each row execute function mae_reject_change();
create trigger visa_document_no_delete before delete on visa_document
  for each row execute function mae_reject_change();
create trigger visa_slot_no_delete before delete on visa_slot
  for each row execute function mae_reject_change();
