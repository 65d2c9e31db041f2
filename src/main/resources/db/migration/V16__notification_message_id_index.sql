-- Replies are threaded to their case by the Message-ID of the notification they answer.
create index notification_message_id on notification (message_id);
