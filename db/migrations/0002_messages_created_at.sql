-- The admin dashboard counts messages and flags of the last hour.
CREATE INDEX messages_created_at ON messages (created_at);
