package org.sevasurge.service.certificates;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

/** Certificate content for tests, and copies of it with one field changed. */
final class SampleCertificates {

    private SampleCertificates() {
    }

    static CertificateContent income() {
        return new CertificateContent("CRT-INC-2027-0000123", "CG-INC-2027-0000123", "INC", "Income Certificate",
                "Ramesh Kumar Sahu", "Suresh Kumar Sahu", "Raipur", "LSK-0001", "Tehsildar",
                LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31));
    }

    /** {@code content} with the named component changed: text gains a letter, a date moves a day on. */
    static CertificateContent withChanged(CertificateContent content, String component) {
        RecordComponent[] components = CertificateContent.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getAccessor().invoke(content);
                if (components[i].getName().equals(component)) {
                    values[i] = values[i] instanceof LocalDate date ? date.plusDays(1) : values[i] + "X";
                }
            }
            return CertificateContent.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static String[] componentNames() {
        RecordComponent[] components = CertificateContent.class.getRecordComponents();
        String[] names = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
        }
        return names;
    }
}
