create trigger text_translation_append_only before update or delete on text_translation
  for each row execute function mae_reject_change();
