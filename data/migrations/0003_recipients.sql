-- Schema version 3: who is commended.
--
-- A Bằng khen or Giấy khen honours a person or a collective, never a model's
-- title: a model is commended through the collective or person who built
-- it. Each commendation therefore names its recipient: a person (name,
-- position, place of work) or a collective (name, place). recipient_review
-- marks a recipient the program guessed and a person should look at; the
-- Sổ vàng number is printed on the certificate when the decision has one.
-- The program fills the recipients of existing commendations from their
-- entries right after these statements (deriveRecipients in Go, the same
-- rule that proposes new ones).
ALTER TABLE commendations ADD COLUMN recipient_kind TEXT NOT NULL DEFAULT ''
    CHECK (recipient_kind IN ('', 'ca_nhan', 'tap_the'));
ALTER TABLE commendations ADD COLUMN recipient_name TEXT NOT NULL DEFAULT '';
ALTER TABLE commendations ADD COLUMN recipient_position TEXT NOT NULL DEFAULT '';
ALTER TABLE commendations ADD COLUMN recipient_place TEXT NOT NULL DEFAULT '';
ALTER TABLE commendations ADD COLUMN recipient_review INTEGER NOT NULL DEFAULT 0;
ALTER TABLE commendations ADD COLUMN gold_book_no TEXT NOT NULL DEFAULT '';
CREATE INDEX commendations_review ON commendations(entry_id) WHERE recipient_review = 1 AND deleted_at = '';
