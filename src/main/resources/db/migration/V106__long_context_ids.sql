-- A VM context id is "ctx-<VM name>-<date>-<time>": a 120-character VM name gives 140 characters, which the
-- 128 of V91 refused, failing the whole flow run of any group holding such a VM. VM names travel in columns of
-- 255 already; context ids get the same room plus their prefix and suffix.
ALTER TABLE protection_run_vm ALTER COLUMN context_id SET DATA TYPE VARCHAR(300);
