-- Users of the operators' console (SPEC 6): a bcrypt hash, never a password; created by an ADMIN, the demo or
-- ops/settle console --add-user. Users named in configuration (clearing.console.users.*) are not stored here.
CREATE TABLE console_user (
    user_name      VARCHAR(100)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(100)  NOT NULL,
    role           VARCHAR(20)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL
);
