-- Statements sent by e-mail (SPEC 3.5, docs/mail.md). One row per message, written PENDING with its Message-ID before
-- the first attempt and committed at once; SENT once the SMTP server accepted it; SUPERSEDED when a rerun changed the
-- statement before it was sent. content_sha256 is the SHA-256 of the attachments' names and SHA-256s: the same files
-- are never mailed twice. correction_of names the message a correction replaces.
CREATE TABLE mail_delivery (
    message_id     VARCHAR(250)  NOT NULL PRIMARY KEY,
    party          VARCHAR(60)   NOT NULL,
    period         VARCHAR(10)   NOT NULL,
    run_no         INTEGER       NOT NULL,
    recipient      VARCHAR(320)  NOT NULL,
    subject        VARCHAR(500)  NOT NULL,
    content_sha256 CHAR(64)      NOT NULL,
    correction_of  VARCHAR(250),
    state          VARCHAR(12)   NOT NULL,
    attempts       INTEGER       NOT NULL,
    last_error     VARCHAR(1000),
    created_at     TIMESTAMP     NOT NULL,
    sent_at        TIMESTAMP
);
CREATE INDEX mail_delivery_period ON mail_delivery (period, party);

CREATE TABLE mail_attachment (
    message_id  VARCHAR(250)  NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    size_bytes  ${bigint}     NOT NULL,
    PRIMARY KEY (message_id, file_name)
);
