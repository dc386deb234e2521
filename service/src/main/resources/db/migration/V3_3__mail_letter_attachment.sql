-- A mail can carry one archived letter as its PDF attachment. The row keeps only the reference and the file name the
-- mail carried; the bytes are read from the append-only letter archive when the mail is sent, so a retried send
-- attaches exactly the archived PDF and the outbox stays small.
alter table mail_message
    add column letter_id       uuid references letter (id),
    add column attachment_name varchar(80),
    add constraint mail_message_attachment check ((letter_id is null) = (attachment_name is null));
