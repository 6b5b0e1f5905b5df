-- The tamper-evident audit log: append-only, each entry's hash covers the previous entry's hash.

CREATE TABLE audit_entry (
    seq            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       UUID,
    actor_name     VARCHAR(100)  NOT NULL,
    actor_org_id   UUID,
    entity_type    VARCHAR(60)   NOT NULL,
    entity_id      VARCHAR(64),
    action         VARCHAR(60)   NOT NULL,
    changes        VARCHAR(8000),
    request_id     VARCHAR(64),
    client_address VARCHAR(64),
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_name);

-- One row: the head of the chain. Appending locks it, so entries chain in one order across instances.
CREATE TABLE audit_chain_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
