-- Applications, their documents and issued certificates.

CREATE SEQUENCE application_no_seq CACHE 20;

CREATE TABLE applications (
    application_no  text PRIMARY KEY,
    idempotency_key text        NOT NULL UNIQUE,
    payload_sha256  text        NOT NULL,
    service_code    text        NOT NULL REFERENCES services (code),
    centre_id       text        NOT NULL REFERENCES centres (id),
    district_code   text        NOT NULL REFERENCES districts (code),
    applicant       jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN
                        ('SUBMITTED', 'UNDER_VERIFICATION', 'VERIFIED', 'APPROVED', 'REJECTED')),
    submitted_at    timestamptz NOT NULL,
    sla_due_date    date        NOT NULL,
    updated_at      timestamptz NOT NULL,
    field_report    jsonb,
    decision        jsonb
);

-- Officer and operator queues: by centre or district, oldest first, within a status.
CREATE INDEX applications_centre_queue ON applications (centre_id, status, submitted_at, application_no);
CREATE INDEX applications_district_queue ON applications (district_code, status, submitted_at, application_no);
CREATE INDEX applications_status_queue ON applications (status, submitted_at, application_no);

CREATE TABLE application_documents (
    application_no text     NOT NULL REFERENCES applications (application_no),
    position       smallint NOT NULL,
    sha256         text     NOT NULL,
    size_bytes     bigint   NOT NULL,
    content_type   text     NOT NULL,
    PRIMARY KEY (application_no, position)
);

CREATE INDEX application_documents_sha256 ON application_documents (sha256);

CREATE TABLE certificates (
    certificate_no   text PRIMARY KEY,
    application_no   text        NOT NULL UNIQUE REFERENCES applications (application_no),
    service_code     text        NOT NULL,
    service_name     text        NOT NULL,
    applicant_name   text        NOT NULL,
    guardian_name    text        NOT NULL,
    district         text        NOT NULL,
    centre_id        text        NOT NULL,
    approving_office text        NOT NULL,
    issued_on        date        NOT NULL,
    valid_until      date,
    signature        bytea       NOT NULL,
    key_id           text        NOT NULL,
    pdf              bytea       NOT NULL,
    issued_at        timestamptz NOT NULL
);
