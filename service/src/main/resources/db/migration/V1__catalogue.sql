-- The service catalogue, districts and Lok Seva Kendras of Chhattisgarh (see shared/workload-model.md).

CREATE TABLE districts (
    code text PRIMARY KEY,
    name text NOT NULL UNIQUE
);

INSERT INTO districts (code, name) VALUES
    ('BALOD', 'Balod'), ('BALODA-BAZAR', 'Baloda Bazar'), ('BALRAMPUR', 'Balrampur'), ('BASTAR', 'Bastar'),
    ('BEMETARA', 'Bemetara'), ('BIJAPUR', 'Bijapur'), ('BILASPUR', 'Bilaspur'), ('DANTEWADA', 'Dantewada'),
    ('DHAMTARI', 'Dhamtari'), ('DURG', 'Durg'), ('GARIABAND', 'Gariaband'),
    ('GAURELA-PENDRA-MARWAHI', 'Gaurela-Pendra-Marwahi'), ('JANJGIR-CHAMPA', 'Janjgir-Champa'),
    ('JASHPUR', 'Jashpur'), ('KABIRDHAM', 'Kabirdham'), ('KANKER', 'Kanker'), ('KONDAGAON', 'Kondagaon'),
    ('KORBA', 'Korba'), ('KORIYA', 'Koriya'), ('MAHASAMUND', 'Mahasamund'), ('MUNGELI', 'Mungeli'),
    ('NARAYANPUR', 'Narayanpur'), ('RAIGARH', 'Raigarh'), ('RAIPUR', 'Raipur'), ('RAJNANDGAON', 'Rajnandgaon'),
    ('SUKMA', 'Sukma'), ('SURAJPUR', 'Surajpur'), ('SURGUJA', 'Surguja'),
    ('KHAIRAGARH-CHHUIKHADAN-GANDAI', 'Khairagarh-Chhuikhadan-Gandai'),
    ('MANENDRAGARH-CHIRMIRI-BHARATPUR', 'Manendragarh-Chirmiri-Bharatpur'),
    ('MOHLA-MANPUR-AMBAGARH-CHOWKI', 'Mohla-Manpur-Ambagarh Chowki'), ('SAKTI', 'Sakti'),
    ('SARANGARH-BILAIGARH', 'Sarangarh-Bilaigarh');

-- 1,475 centres LSK-0001..LSK-1475, dealt round the districts in name order.
CREATE TABLE centres (
    id            text PRIMARY KEY,
    district_code text NOT NULL REFERENCES districts (code)
);

INSERT INTO centres (id, district_code)
SELECT 'LSK-' || lpad(n::text, 4, '0'), d.code
FROM generate_series(1, 1475) AS n
JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS idx FROM districts) AS d
  ON d.idx = (n - 1) % 33;

-- Time limits follow the Public Service Guarantee Act notices; fees are estimates (paise).
CREATE TABLE services (
    code               text PRIMARY KEY,
    name               text    NOT NULL,
    time_limit_days    integer NOT NULL CHECK (time_limit_days > 0),
    fee_paise          integer NOT NULL CHECK (fee_paise >= 0),
    approving_office   text    NOT NULL,
    validity_days      integer CHECK (validity_days > 0),
    needs_land_records boolean NOT NULL
);

INSERT INTO services (code, name, time_limit_days, fee_paise, approving_office, validity_days, needs_land_records) VALUES
    ('INC',  'Income Certificate',             30, 3000,  'Tehsildar',                       365,  false),
    ('RES',  'Residence (Domicile) Certificate', 30, 3000, 'Tehsildar',                       NULL, true),
    ('OBC',  'Caste Certificate (OBC)',        30, 3000,  'Sub-Divisional Officer (Revenue)', NULL, true),
    ('SCST', 'Caste Certificate (SC/ST)',      30, 3000,  'Sub-Divisional Officer (Revenue)', NULL, true),
    ('BIR',  'Birth Certificate',               7, 2000,  'Registrar (Births and Deaths)',   NULL, false),
    ('SHP',  'Shop Registration',              15, 10000, 'Labour Officer',                  365,  false);
