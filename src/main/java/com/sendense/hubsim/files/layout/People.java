package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Prng;
import java.util.ArrayList;
import java.util.List;

/** Deterministic casts of users for simulated machines. */
final class People {

    private static final List<Person> POOL = List.of(new Person("Alice", "Morgan"), new Person("James", "Carter"),
            new Person("Priya", "Shah"), new Person("Tom", "Okafor"), new Person("Sofia", "Rossi"),
            new Person("Lukas", "Becker"), new Person("Emma", "Clarke"), new Person("Daniel", "Hughes"),
            new Person("Hannah", "Wright"), new Person("Omar", "Haddad"), new Person("Chloe", "Evans"),
            new Person("Ben", "Turner"));

    private static final List<String> DOMAINS = List.of("northwind.co.uk", "contoso.com", "fabrikam-logistics.com");

    private People() {}

    /** {@code n} different people, chosen by {@code prng}. */
    static List<Person> pick(Prng prng, int n) {
        List<Person> pool = new ArrayList<>(POOL);
        List<Person> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(pool.remove(prng.nextInt(pool.size())));
        }
        return chosen;
    }

    /** The company mail domain of a disk. */
    static String domain(long seed) {
        return DOMAINS.get((int) Long.remainderUnsigned(seed, DOMAINS.size()));
    }
}
