package dev.leadkit.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded, realistic-looking lead data shared by every sandbox: the same seed gives the same people on
 * every JVM ({@link Random} is specified bit for bit). Names are ASCII, phones E.164 in fictional or
 * test ranges where one exists, emails lowercase.
 */
final class FakeData {

    private static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
            "Sarah", "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Andrei", "Ioana", "Lukas", "Anna",
            "Mohammed", "Fatima", "Wei", "Mei", "Oliver", "Amelia", "Noah", "Olivia", "Liam", "Emma", "Mateo", "Sofia",
            "Ethan", "Chloe", "Lucas", "Mia", "Jack", "Grace", "Elena", "Stefan", "Hannah", "Omar"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
            "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young",
            "Popescu", "Ionescu", "Muller", "Schmidt", "Schneider", "Fischer", "Khan", "Ahmed", "Chen", "Wang",
            "Kowalski", "Novak", "Rossi", "Russo", "Dubois", "Moreau", "Silva", "Santos", "Murphy", "Kelly", "Evans",
            "Baker"};
    private static final String[] COMPANY_HEAD = {"Acme", "Northwind", "Bluebird", "Summit", "Evergreen", "Redwood",
            "Brightline", "Harbor", "Keystone", "Silverline", "Pinecrest", "Cobalt", "Lighthouse", "Meridian",
            "Granite", "Riverside", "Sunrise", "Oakridge", "Atlas", "Nimbus"};
    private static final String[] COMPANY_TAIL = {"Co", "Solar", "Dental", "Roofing", "Logistics", "Insurance",
            "Plumbing", "Realty", "Fitness", "Software", "Legal", "Motors"};
    private static final String[] FREE_MAIL = {"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"};
    private static final String[] US_AREAS = {"212", "305", "310", "312", "415", "512", "617", "646", "702", "713",
            "720", "773", "808", "917"};
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Random random;

    FakeData(long seed) {
        this.random = new Random(seed);
    }

    String firstName() {
        return pick(FIRST);
    }

    String lastName() {
        return pick(LAST);
    }

    String company() {
        return pick(COMPANY_HEAD) + " " + pick(COMPANY_TAIL);
    }

    /** {@code acmesolar.com} for {@code Acme Solar}. */
    static String domainOf(String company) {
        return company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".com";
    }

    /** A lowercase address for the person, at a free-mail provider or {@code domain} when given. */
    String email(String first, String last, String domain) {
        String local = switch (random.nextInt(4)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            case 2 -> first + last.charAt(0) + (10 + random.nextInt(90));
            default -> first + "_" + last + (1960 + random.nextInt(45));
        };
        String host = domain != null ? domain : pick(FREE_MAIL);
        return (local + "@" + host).toLowerCase(Locale.ROOT);
    }

    /**
     * An E.164 number: US (555-01xx style exchange avoided; random subscriber), UK (Ofcom's drama range
     * +44 7700 900xxx), Romania (+40 7xx) or Germany (+49 15x).
     */
    String phone() {
        int country = random.nextInt(10);
        if (country < 6) {
            return "+1" + pick(US_AREAS) + (2 + random.nextInt(8)) + digits(6);
        }
        if (country < 8) {
            return "+447700900" + digits(3);
        }
        if (country < 9) {
            return "+407" + (2 + random.nextInt(8)) + digits(7);
        }
        return "+4915" + (1 + random.nextInt(9)) + digits(7);
    }

    String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    String hex(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    String alnum(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return out.toString();
    }

    /** {@return a seed for another generator, drawn from this one} */
    long seed() {
        return random.nextLong();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int fromInclusive, int toInclusive) {
        return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** One of {@code options} other than {@code current} (any of them when {@code current} is none). */
    <T> T other(T[] options, T current) {
        List<T> others = new ArrayList<>(List.of(options));
        others.remove(current);
        return others.get(random.nextInt(others.size()));
    }

    /** Picks by weight: {@code weights[i]} for {@code options[i]}. */
    <T> T weighted(T[] options, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < options.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return options[i];
            }
        }
        return options[options.length - 1];
    }

    /** {@code count} instants in {@code [from, from + span)}, ascending, whole seconds. */
    List<Instant> ascendingInstants(int count, Instant from, Duration span) {
        List<Instant> instants = new ArrayList<>(count);
        long seconds = span.getSeconds();
        for (int i = 0; i < count; i++) {
            instants.add(from.plusSeconds((long) (random.nextDouble() * seconds)));
        }
        instants.sort(null);
        return instants;
    }

    /** A duration between zero and {@code max}, both included, whole milliseconds. */
    Duration upToMillis(Duration max) {
        return Duration.ofMillis((long) (random.nextDouble() * (max.toMillis() + 1)));
    }

    /** A duration between zero and {@code max}, whole seconds. */
    Duration upTo(Duration max) {
        return Duration.ofSeconds((long) (random.nextDouble() * max.getSeconds()));
    }
}
