-- Results of the calls to external services, and the transactional outbox for SMS and DigiLocker.

-- eKYC reference of the identity check; the fee: PENDING until the gateway captures it (PAID) or declines it.
ALTER TABLE applications ADD COLUMN ekyc_reference text;
ALTER TABLE applications ADD COLUMN fee_status text NOT NULL DEFAULT 'PENDING'
    CHECK (fee_status IN ('PENDING', 'PAID', 'DECLINED'));
ALTER TABLE applications ADD COLUMN fee_charge_id text;

CREATE INDEX applications_fee_pending ON applications (submitted_at) WHERE fee_status = 'PENDING';

-- Written in the same transaction as the change it reports; sent by a background worker with backoff, so
-- a slow or dead SMS gateway or DigiLocker never slows a submission or an approval.
CREATE TABLE outbox (
    id              bigserial PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('SMS', 'DIGILOCKER')),
    payload         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    last_error      text
);

CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE sent_at IS NULL;
