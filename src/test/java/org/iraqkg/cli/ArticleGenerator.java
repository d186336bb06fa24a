package org.iraqkg.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Small Arabic news articles from templates (statements, attacks, arrests, negotiation rounds, visits), as JSONL
 * records {@code {id, source, url, published, title, text}}. Deterministic for a seed.
 */
public final class ArticleGenerator {
    private static final String[] SPEAKERS = {"رئيس مجلس الوزراء العراقي محمد شياع السوداني",
        "وزير الخارجية العراقي فؤاد حسين", "الناطق باسم القائد العام للقوات المسلحة يحيى رسول",
        "رئيس الجمهورية عبد اللطيف رشيد", "زعيم تيار الحكمة عمار الحكيم", "المتحدث باسم وزارة الداخلية",
        "السفيرة الأمريكية في بغداد ألينا رومانوسكي", "مصدر أمني"};
    private static final String[] VERBS = {"قال", "أكد", "أعلن", "أوضح", "صرح"};
    private static final String[] QUOTES = {"الحوار مع التحالف الدولي مستمر", "لا وجود لخطط وشيكة للانسحاب",
        "القوات الأمنية قادرة على حماية البلاد", "الجولة المقبلة ستعقد في بغداد",
        "العراق لن يكون ساحة لتصفية الحسابات", "التحقيقات مستمرة لكشف الجهات المتورطة"};
    private static final String[] PLACES = {"بغداد", "الأنبار", "أربيل", "نينوى", "ديالى", "صلاح الدين", "البصرة",
        "كركوك"};
    private static final String[] BASES = {"قاعدة عين الأسد", "قاعدة حرير", "مطار بغداد الدولي", "قاعدة فكتوريا"};
    private static final String[] ATTACKS = {"هجوم صاروخي", "هجوم بطائرة مسيرة", "قصف مدفعي", "غارة جوية"};
    private static final String[] DATES = {"أمس", "السبت الماضي", "يوم 5 آب 2024", "في العاشر من مارس 2024",
        "الشهر الجاري", "اليوم"};
    private static final String[] MONTHS = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"};

    private final Random random;

    public ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    private String any(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** One sentence of one of five kinds. */
    public String sentence() {
        return switch (random.nextInt(5)) {
            case 0 -> "و" + any(VERBS) + " " + any(SPEAKERS) + "، " + any(DATES) + "، إن \"" + any(QUOTES) + "\".";
            case 1 -> "تعرضت " + any(BASES) + " في محافظة " + any(PLACES) + " " + any(DATES) + " إلى " + any(ATTACKS)
                    + "، وأسفر عن إصابة " + (1 + random.nextInt(9)) + " أشخاص.";
            case 2 -> "واعتقلت القوات الأمنية في " + any(PLACES) + " " + any(DATES) + " " + (2 + random.nextInt(8))
                    + " متهمين بتنفيذ الهجوم.";
            case 3 -> "وانطلقت الجولة " + any(new String[] {"الأولى", "الثانية", "الثالثة", "الرابعة"})
                    + " من المفاوضات بين العراق والتحالف الدولي " + any(DATES) + ".";
            default -> "وزار " + any(SPEAKERS) + " " + any(PLACES) + " " + any(DATES) + "، وأكد أن «" + any(QUOTES)
                    + "».";
        };
    }

    /** An article: a headline and one sentence, sometimes two. */
    public String article() {
        StringBuilder sb = new StringBuilder("أخبار ").append(any(PLACES)).append('\n');
        int n = random.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < n; i++) {
            sb.append(sentence()).append(i + 1 < n ? " " : "\n");
        }
        return sb.toString();
    }

    /** Writes {@code count} records with ids {@code prefix-00001}, ... to {@code file}. */
    public void writeJsonl(Path file, String prefix, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                String text = article();
                ObjectNode o = json.createObjectNode();
                o.put("id", String.format("%s-%05d", prefix, i));
                o.put("source", "generated");
                o.put("url", "https://example.org/news/" + i);
                o.put("published", "2024-" + any(MONTHS) + "-" + (10 + random.nextInt(18)));
                o.put("title", text.substring(0, text.indexOf('\n')));
                o.put("text", text);
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
    }
}
