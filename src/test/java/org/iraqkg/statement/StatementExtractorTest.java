package org.iraqkg.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.iraqkg.document.NewsDocument;
import org.iraqkg.entity.EntityIds;
import org.iraqkg.lexicon.EntityType;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.Analysis;
import org.iraqkg.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The statement stage: quotes and reported speech, speakers, carry-over, channel, outlet and relay. */
class StatementExtractorTest {
    private static final String PUBLISHED = "2024-05-12";
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(Lexicon.load(Path.of(System.getProperty("kg.project.dir", "."), "data", "lexicon")));
    }

    /** The statements of a text; every statement's span must hold exactly its quote. */
    private static List<Statement> statements(String text) {
        Analysis a = pipeline.analyze(new NewsDocument("doc", "doc", "", text, "", "test", PUBLISHED, "doc"));
        for (Statement s : a.statements()) {
            assertEquals(s.quote(), text.substring(s.span().begin(), s.span().end()), "span of " + s);
            if (s.verb() != null) {
                assertEquals(s.verb(), text.substring(s.verbSpan().begin(), s.verbSpan().end()), "verb span of " + s);
            }
            if (s.speakerSpan() != null) {
                assertTrue(s.speakerSpan().end() <= text.length());
            }
            assertTrue(s.sentence().contains(s.span()), "the quote lies in its sentence: " + s);
        }
        return a.statements();
    }

    private static Statement one(List<Statement> sts) {
        assertEquals(1, sts.size(), sts.toString());
        return sts.get(0);
    }

    @Test
    void directQuoteAfterQalaInna() {
        String text = "قال وزير الخارجية العراقي فؤاد حسين إن \"العراق لم يعد بحاجة إلى قوات قتالية أجنبية على أراضيه\".";
        Statement s = one(statements(text));
        assertTrue(s.direct());
        assertEquals("fuad_hussein", s.speakerId());
        assertEquals("العراق لم يعد بحاجة إلى قوات قتالية أجنبية على أراضيه", s.quote());
        assertEquals("قال", s.verb());
        assertEquals("فؤاد حسين", text.substring(s.speakerSpan().begin(), s.speakerSpan().end()));
        assertTrue(s.about().contains("iraq"), s.about().toString());
        assertEquals("statement.DirectQuote", s.extractor());
    }

    @Test
    void reportedSpeechAfterAkkadaAnna() {
        Statement s = one(statements("أكد المتحدث باسم قيادة العمليات المشتركة تحسين الخفاجي أن القوات الأمنية أحبطت "
                + "مخططا لاستهداف معسكر للجيش في أطراف المدينة."));
        assertFalse(s.direct());
        assertEquals("tahseen_khafaji", s.speakerId());
        assertEquals("القوات الأمنية أحبطت مخططا لاستهداف معسكر للجيش في أطراف المدينة", s.quote());
        assertEquals("statement.ReportedSpeech", s.extractor());
    }

    @Test
    void reportedSpeechOfAnUnknownSpeakerIntroducedByATitle() {
        Statement s = one(statements("وأوضح المتحدث باسم وزارة الدفاع ضياء مهدي الكناني أن القطعات العسكرية في جاهزية تامة."));
        assertEquals(EntityIds.forName("ضياء مهدي الكناني"), s.speakerId());
        assertEquals("القطعات العسكرية في جاهزية تامة", s.quote());
    }

    @Test
    void participleContinuesWithTheSameSpeaker() {
        List<Statement> sts = statements("قال فؤاد حسين إن \"الحكومة لن تسمح بتحويل العراق إلى ساحة صراع\"، مشيرا إلى أن "
                + "\"المرحلة المقبلة ستشهد شراكة أمنية من نوع مختلف\".");
        assertEquals(2, sts.size(), sts.toString());
        assertEquals("fuad_hussein", sts.get(1).speakerId());
        assertEquals("مشيرا", sts.get(1).verb());
        assertTrue(sts.get(1).direct());
        assertEquals("المرحلة المقبلة ستشهد شراكة أمنية من نوع مختلف", sts.get(1).quote());
        assertEquals("الحكومة لن تسمح بتحويل العراق إلى ساحة صراع", sts.get(0).quote());
    }

    @Test
    void continuationVerbsInTheNextSentences() {
        List<Statement> sts = statements("قال قاسم الأعرجي إن \"الحوار مع الشركاء الدوليين مستمر\".\n"
                + "وأضاف: \"نعمل مع جميع الأطراف لضمان انسحاب منظم ومسؤول\".\n"
                + "وتابع: \"لا مكان للجماعات الخارجة عن القانون في المدن المحررة\".");
        assertEquals(3, sts.size(), sts.toString());
        for (Statement s : sts) {
            assertEquals("qasim_araji", s.speakerId(), s.toString());
            assertTrue(s.direct());
        }
        assertEquals("وأضاف", sts.get(1).verb());
        assertNull(sts.get(1).speakerSpan(), "the speaker is carried over");
        assertEquals("نعمل مع جميع الأطراف لضمان انسحاب منظم ومسؤول", sts.get(1).quote());
        assertEquals("وتابع", sts.get(2).verb());
        assertEquals("لا مكان للجماعات الخارجة عن القانون في المدن المحررة", sts.get(2).quote());
    }

    @Test
    void feminineVerbGoesToTheWoman() {
        List<Statement> sts = statements("قال وزير الدفاع العراقي ثابت العباسي إن \"الجيش مستعد لتسلم جميع المهام الأمنية\".\n"
                + "وقالت السفيرة الأمريكية في بغداد ليندا مارش إن \"واشنطن ستبقى شريكا للعراق\".\n"
                + "وأضافت أن \"التعاون العسكري سيأخذ شكلا جديدا بعد انتهاء المهمة\".");
        assertEquals(3, sts.size(), sts.toString());
        String marsh = EntityIds.forName("ليندا مارش");
        assertEquals("thabet_abbasi", sts.get(0).speakerId());
        assertEquals(marsh, sts.get(1).speakerId());
        assertEquals("وأضافت", sts.get(2).verb());
        assertEquals(marsh, sts.get(2).speakerId());
    }

    @Test
    void masculineVerbAfterAWomanNamedAgainGoesToTheMan() {
        List<Statement> sts = statements("قال ثابت العباسي إن \"الجيش مستعد لتسلم المهام\". "
                + "وقالت السفيرة الأمريكية في بغداد ليندا مارش إن \"واشنطن ستبقى شريكا للعراق\". "
                + "وأضاف العباسي أن \"الجيش أثبت كفاءته في معارك التحرير\".");
        assertEquals(3, sts.size(), sts.toString());
        assertEquals("thabet_abbasi", sts.get(2).speakerId());
    }

    @Test
    void masculineContinuationSkipsTheWomanBug() {
        List<Statement> sts = statements("قال وزير الدفاع العراقي ثابت العباسي إن \"الجيش مستعد لتسلم جميع المهام الأمنية\".\n"
                + "وقالت السفيرة الأمريكية في بغداد ليندا مارش إن \"واشنطن ستبقى شريكا للعراق\".\n"
                + "وأضاف أن \"القوات العراقية أثبتت كفاءتها في معارك التحرير\".");
        assertEquals(3, sts.size(), sts.toString());
        assertEquals("thabet_abbasi", sts.get(2).speakerId());
    }

    @Test
    void feminineContinuationSkipsTheManBug() {
        List<Statement> sts = statements("وقالت وزيرة الخارجية الكندية سارة بيلمونت إن \"كندا تدعم سيادة العراق\".\n"
                + "وقال قاسم الأعرجي إن \"الحوار مع الشركاء مستمر\".\n"
                + "وأضافت: \"سنواصل تدريب القوات العراقية\".");
        assertEquals(3, sts.size(), sts.toString());
        assertEquals(EntityIds.forName("سارة بيلمونت"), sts.get(2).speakerId());
    }

    @Test
    void subjectBeforeTheVerb() {
        Statement s = one(statements("وكان رئيس الوزراء محمد شياع السوداني قد قال إن الحكومة لن تسمح باستخدام الأراضي "
                + "العراقية منطلقا للاعتداءات على دول الجوار."));
        assertEquals("sudani", s.speakerId());
        assertFalse(s.direct());
        assertEquals("قال", s.verb());
        assertTrue(s.quote().startsWith("الحكومة لن تسمح"), s.quote());
    }

    @Test
    void masdarObjectOfAnnounce() {
        Statement s = one(statements("أعلنت وزارة الدفاع العراقية انتهاء المرحلة الأولى من عملية تطهير وادي حوران."));
        assertEquals("iraq_mod", s.speakerId());
        assertFalse(s.direct());
        assertEquals("انتهاء المرحلة الأولى من عملية تطهير وادي حوران", s.quote());
    }

    @Test
    void interviewWithAnOutlet() {
        Statement s = one(statements("وقال فؤاد حسين في مقابلة مع رويترز إن \"المفاوضات مع واشنطن تسير بشكل إيجابي\"."));
        assertEquals("fuad_hussein", s.speakerId());
        assertEquals("interview", s.channel());
        assertEquals("reuters", s.outletId());
        assertEquals("المفاوضات مع واشنطن تسير بشكل إيجابي", s.quote());
    }

    @Test
    void televisedStatement() {
        Statement s = one(statements("وأكد قاسم الأعرجي في تصريح متلفز أن \"الوضع الأمني في البلاد تحت السيطرة الكاملة\"."));
        assertEquals("qasim_araji", s.speakerId());
        assertEquals("televised", s.channel());
        assertNull(s.outletId());
    }

    @Test
    void quotedOutletNameAfterMaaIsNotTheStatement() {
        Statement s = one(statements("وقال قيس الخزعلي في حديث مع قناة \"الشرقية\" إن \"الفصائل لن تقبل ببقاء القوات "
                + "الأجنبية بعد انتهاء المهلة\"."));
        assertEquals("qais_khazali", s.speakerId());
        assertEquals("interview", s.channel());
        assertEquals("al_sharqiya", s.outletId());
        assertEquals("الفصائل لن تقبل ببقاء القوات الأجنبية بعد انتهاء المهلة", s.quote());
    }

    @Test
    void quoteStopsBeforeTheRelay() {
        Statement s = one(statements("وقال قاسم الأعرجي إن \"القوات الأمنية اعتقلت عشرة مطلوبين في ديالى\"، حسبما ذكرت "
                + "وكالة الأنباء العراقية."));
        assertEquals("القوات الأمنية اعتقلت عشرة مطلوبين في ديالى", s.quote());
        assertEquals("qasim_araji", s.speakerId());
    }

    @Test
    void reportedClauseStopsBeforeTheRelay() {
        Statement s = one(statements("وقال قاسم الأعرجي إن القوات الأمنية اعتقلت خمسة مطلوبين في كركوك، حسبما ذكرت "
                + "وكالة الأنباء العراقية."));
        assertEquals("القوات الأمنية اعتقلت خمسة مطلوبين في كركوك", s.quote());
        assertFalse(s.direct());
    }

    @Test
    void relayBetweenSpeakerAndClause() {
        Statement s = one(statements("وقال قاسم الأعرجي، حسبما ذكرت وكالة الأنباء العراقية، إن القوات الأمنية ضبطت "
                + "أسلحة في البصرة."));
        assertEquals("qasim_araji", s.speakerId());
        assertEquals("ina", s.relayId());
        assertEquals("القوات الأمنية ضبطت أسلحة في البصرة", s.quote());
    }

    @Test
    void relayAfterTheQuoteBug() {
        Statement s = one(statements("وقال قاسم الأعرجي إن \"القوات الأمنية اعتقلت عشرة مطلوبين في ديالى\"، حسبما ذكرت "
                + "وكالة الأنباء العراقية."));
        assertEquals("ina", s.relayId());
    }

    @Test
    void relayAfterTheReportedClauseBug() {
        Statement s = one(statements("وقال قاسم الأعرجي إن القوات الأمنية اعتقلت خمسة مطلوبين في كركوك، حسبما ذكرت "
                + "وكالة الأنباء العراقية."));
        assertEquals("ina", s.relayId());
    }

    @Test
    void describedSourcesSpeakAsUnnamedSources() {
        Statement group = one(statements("وقالت مصادر أمنية عراقية إن الهجوم استهدف رتلا لنقل المعدات اللوجستية."));
        assertNull(group.speakerId());
        assertEquals("مصادر أمنية عراقية", group.source().description());
        assertEquals("iraq", group.source().affiliation(), "the nationality adjective gives the country");
        assertTrue(group.source().plural());
        assertEquals("الهجوم استهدف رتلا لنقل المعدات اللوجستية", group.quote());

        Statement official = one(statements("وأكد مسؤول أمريكي أن القوات ستبقى في قاعدة عين الأسد."));
        assertEquals("مسؤول أمريكي", official.source().description());
        assertEquals("usa", official.source().affiliation());
        assertFalse(official.source().plural());
    }

    @Test
    void anUnnamedSourceInAnInstitutionIsLinkedToIt() {
        Statement s = one(statements("وقال مصدر في وزارة الخارجية السورية إن الضربات استهدفت مواقع عسكرية."));
        assertNull(s.speakerId());
        assertEquals("مصدر في وزارة الخارجية السورية", s.source().description());
        assertTrue(s.source().affiliation() != null, s.toString());
        // "لوكالة …" is who it was said to, not where the source works
        Statement told = one(statements("وقال مصدر عسكري لوكالة الأنباء الألمانية إن الاشتباكات مستمرة منذ الصباح."));
        assertEquals("مصدر عسكري", told.source().description());
        assertNull(told.source().affiliation());
    }

    @Test
    void theDefiniteHeadRefersBackToTheSourceAndCarriesOver() {
        List<Statement> sts = statements("وأعلن مصدر في قوات البيشمركة مقتل عشرة مسلحين في الهجوم. وقال المصدر إن "
                + "القوات صدت الهجوم قرب البلدة. وأضاف أن عنصرين أصيبا بجروح.");
        assertEquals(3, sts.size(), sts.toString());
        for (Statement s : sts) {
            assertEquals("مصدر في قوات البيشمركة", s.source().description(), s.toString());
        }
    }

    @Test
    void anOutletRelaysTheWordsOfAnUnnamedSource() {
        Statement s = one(statements("ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن التفجير وقع قرب السوق."));
        assertEquals("مصدر أمني", s.source().description());
        assertEquals("ina", s.relayId());
    }

    @Test
    void aSourceLikeTitleFollowedByANameIsThatPerson() {
        // a head in construct with a definite noun names an office held by someone, not an unnamed source
        List<Statement> sts = statements("كما قالت مسؤولة الشؤون الخارجية بالاتحاد الأوروبي فيديريكا موغيريني إن "
                + "الاتحاد سيقدم مساعدات إنسانية.");
        assertTrue(sts.stream().noneMatch(s -> s.source() != null), sts.toString());
    }

    @Test
    void aParticipleAfterAClauseOfItsOwnDoesNotTakeTheLastSpeaker() {
        List<Statement> sts = statements("وقالت مصادر طبية إن الجريح في حالة حرجة. من جهته، أصدر النائب العام "
                + "لمحكمة أمن الدولة قرارا بمنع النشر، مؤكدا ضرورة \"الالتزام بما يصدر عن الناطق الرسمي\".");
        assertTrue(sts.stream().noneMatch(s -> s.quote().contains("الالتزام") && s.source() != null), sts.toString());
    }

    @Test
    void anAttributionAfterTheClaimNamesItsSpeaker() {
        Statement named = one(statements("نشرت الولايات المتحدة ست مقاتلات في قاعدة إنجرليك بجنوب تركيا، وفق ما "
                + "أعلنته وزارة الخارجية الأمريكية اليوم، على حسابها على موقع تويتر."));
        assertEquals("state_department", named.speakerId());
        assertEquals("نشرت الولايات المتحدة ست مقاتلات في قاعدة إنجرليك بجنوب تركيا", named.quote());
        assertEquals("statement.Attribution", named.extractor());
        List<Statement> sts = statements("وأسفرت المواجهات عن مقتل 29 من المسلحين، وفقا لمصدر أمني. وتأتي هذه "
                + "التعزيزات من قاعدة في الأنبار، وفق المصدر ذاته.");
        assertEquals(2, sts.size(), sts.toString());
        assertEquals("مصدر أمني", sts.get(0).source().description());
        assertEquals(sts.get(0).source(), sts.get(1).source(), "\"المصدر ذاته\" is the same source");
    }

    @Test
    void statementsWithoutATimeTakeThePublicationDate() {
        Statement s = one(statements("وقال فؤاد حسين إن المفاوضات مستمرة."));
        assertEquals("2024-05-12", s.date().iso());
        assertNull(s.dateText(), "no date words: the publication date");
        Statement named = one(statements("وقال فؤاد حسين أمس إن المفاوضات مستمرة."));
        assertEquals("2024-05-11", named.date().iso());
        // the clause's time may stand before its verb
        Statement before = one(statements("وفي خطابه الأربعاء، أقر فؤاد حسين بأن المفاوضات متعثرة."));
        assertEquals("2024-05-08", before.date().iso());
        assertEquals("الأربعاء", before.dateText());
    }

    @Test
    void aCircumstantialParticipleIsNotTheSubject() {
        // "مخاطبا" between the verb and the quotation: the speaker is carried over
        List<Statement> sts = statements("وقال فؤاد حسين إن المفاوضات مستمرة. وقال مخاطبا الصحفيين \"لن نقبل أي اعتداء "
                + "على البعثات\".");
        assertEquals(2, sts.size(), sts.toString());
        assertEquals("fuad_hussein", sts.get(1).speakerId());
        assertEquals("لن نقبل أي اعتداء على البعثات", sts.get(1).quote());
    }

    @Test
    void aParticipleTakesTheSubjectOfItsClause() {
        Statement s = one(statements("وكانت المتحدثة باسم وزارة الخارجية الأمريكية، هيذر نويرت، رحبت بالقرار، قائلة: "
                + "\"هذه خطوة مهمة نحو الاستقرار\"."));
        assertEquals(EntityIds.forName("هيذر نويرت"), s.speakerId());
        assertEquals("هذه خطوة مهمة نحو الاستقرار", s.quote());
    }

    @Test
    void aNameBeforeItsTitleInAppositionSpeaks() {
        Statement s = one(statements("قال فكرت أوزار، سفير تركيا في قطر، إن بلاده قدمت الدعم للدوحة، مشيدا بمواقف قطر."));
        assertEquals(EntityIds.forName("فكرت أوزار"), s.speakerId());
        assertEquals("بلاده قدمت الدعم للدوحة", s.quote(), "the clause ends before the circumstantial participle");
    }

    @Test
    void aLongQuotationIsCutIntoClaims() {
        List<Statement> sts = statements("وقال فؤاد حسين: \"إن الحكومة العراقية ماضية في الحوار مع واشنطن من أجل "
                + "إنهاء مهمة التحالف الدولي في البلاد خلال العام المقبل بشكل منظم. وإن القوات العراقية قادرة على حماية "
                + "الحدود ومواجهة بقايا التنظيم في كل المحافظات دون مساعدة قتالية من أحد\".");
        assertEquals(2, sts.size(), sts.toString());
        assertTrue(sts.get(0).quote().endsWith("بشكل منظم"), sts.get(0).quote());
        assertTrue(sts.get(1).quote().startsWith("وإن القوات العراقية"), sts.get(1).quote());
        assertTrue(sts.stream().allMatch(s -> s.direct() && "fuad_hussein".equals(s.speakerId())));
    }

    @Test
    void aStraightQuotationMarkClosedByAGuillemet() {
        List<Statement> sts = statements("وقالت قيادة العمليات المشتركة إن \"المتهمين سيحالون إلى القضاء». وأضافت إنه "
                + "«تم توقيف عدد من الضباط».");
        assertEquals(2, sts.size(), sts.toString());
        assertEquals("المتهمين سيحالون إلى القضاء", sts.get(0).quote());
        assertEquals("تم توقيف عدد من الضباط", sts.get(1).quote());
    }

    @Test
    void oneStatementPerQuotedClaim() {
        Statement tweet = one(statements("كتب محمد شياع السوداني في تغريدة قال فيها إن \"أمن العراق خط أحمر لا نقبل "
                + "المساومة عليه\"."));
        assertEquals("sudani", tweet.speakerId());
        assertEquals("social", tweet.channel());
        Statement written = one(statements("وأعلن قاسم الأعرجي في بيان أكد فيه أن \"التنسيق مع إقليم كردستان في أعلى "
                + "مستوياته\"."));
        assertEquals("qasim_araji", written.speakerId());
        assertEquals("written", written.channel());
    }

    @Test
    void twoClaimsInOneSentenceAreTwoStatements() {
        List<Statement> sts = statements("وقال فؤاد حسين إن \"بغداد ترفض أي اعتداء على البعثات الدبلوماسية\"، مؤكدا أن "
                + "\"الحكومة ستلاحق المتورطين\".");
        assertEquals(2, sts.size(), sts.toString());
        assertTrue(sts.stream().allMatch(s -> s.speakerId().equals("fuad_hussein")));
        assertEquals("الحكومة ستلاحق المتورطين", sts.get(1).quote());
    }

    @Test
    void repeatedFullNameOfAnUnknownSpeakerBug() {
        List<Statement> sts = statements("وقال الناطق باسم وزارة الداخلية مقداد ميري إن القوات ضبطت أسلحة في البصرة. "
                + "وقال مقداد ميري إن التحقيق مستمر مع المتهمين.");
        assertEquals(2, sts.size(), sts.toString());
        assertEquals(EntityIds.forName("مقداد ميري"), sts.get(1).speakerId());
        assertEquals("التحقيق مستمر مع المتهمين", sts.get(1).quote());
    }

    /** "أفاد X عن/بـ + masdar": the prepositional object is what X reported. */
    @Test
    void prepositionalObjectOfAfadaIsTheReport() {
        Statement about = one(statements("وأفاد المرصد العراقي لحقوق الإنسان أمس عن مقتل خمسة أشخاص في قصف على بلدة "
                + "قرب كركوك."));
        assertEquals("مقتل خمسة أشخاص في قصف على بلدة قرب كركوك", about.quote());
        assertEquals(EntityType.ORGANIZATION, pipelineType(about.speakerId(), "وأفاد المرصد العراقي لحقوق الإنسان أمس عن مقتل خمسة أشخاص."));
        Statement with = one(statements("وأفادت الشرطة العراقية بمقتل ثلاثة عناصر من داعش في اشتباك غرب الرمادي."));
        assertEquals("بمقتل ثلاثة عناصر من داعش في اشتباك غرب الرمادي", with.quote());
        // a channel after the verb is not the report: "أفاد في بيان بأن" keeps the complementizer rule
        Statement channel = one(statements("وأفادت الشرطة العراقية في بيان بأن الطريق إلى المطار أعيد فتحه."));
        assertEquals("الطريق إلى المطار أعيد فتحه", channel.quote());
    }

    private static EntityType pipelineType(String entityId, String text) {
        Analysis a = pipeline.analyze(new NewsDocument("doc", "doc", "", text, "", "test", PUBLISHED, "doc"));
        return a.entities().get(entityId).type();
    }

    /** Prepositional objects of أقر/تعهد/أشار/تحدث; a next clause's conjunction is not part of the words. */
    @Test
    void prepositionalObjectsOfOtherReportingVerbs() {
        List<Statement> sts = statements("وفي خطابه الأربعاء، أقر رئيس الوزراء حيدر العبادي بوجود فساد في الدولة "
                + "العراقية، لكنه تعهد بمحاربته كما حارب الإرهاب.");
        assertEquals(2, sts.size(), sts.toString());
        assertEquals("بوجود فساد في الدولة العراقية", sts.get(0).quote());
        assertEquals("بمحاربته كما حارب الإرهاب", sts.get(1).quote());
        assertTrue(sts.stream().allMatch(s -> "abadi".equals(s.speakerId())), sts.toString());
        Statement quoted = one(statements("وتحدث فؤاد حسين عن \"تنسيق أمني كامل مع الجانب الأمريكي\" في المرحلة المقبلة."));
        assertEquals("تنسيق أمني كامل مع الجانب الأمريكي", quoted.quote());
        assertTrue(quoted.direct());
    }

    /** A definite title alone ("الوزيرة") refers back to the person who held that title, in gender agreement. */
    @Test
    void titleAloneRefersBackToItsHolder() {
        String text = "أعلنت وزيرة الدولة لشؤون الإعلام المتحدثة الرسمية باسم الحكومة سلمى حداد أن "
                + "\"القوات نفذت مداهمة لموقع الخلية\". وأشارت الوزيرة إلى إصابة أحد عناصر الأمن بجروح. "
                + "وقال الوزير إن الوضع مستقر.";
        List<Statement> sts = statements(text);
        String haddad = EntityIds.forName("سلمى حداد");
        assertEquals(2, sts.size(), sts.toString());
        assertEquals(haddad, sts.get(0).speakerId(), "chained titles name one person: " + sts);
        assertEquals(haddad, sts.get(1).speakerId());
        assertEquals("إصابة أحد عناصر الأمن بجروح", sts.get(1).quote());
    }

    /** "اكتفى بالقول "…"": the verbal noun reports the words of its clause's subject. */
    @Test
    void verbalNounBilQawl() {
        Statement s = one(statements("وكان الرئيس الفرنسي إيمانويل ماكرون اكتفى خلال مؤتمر صحافي بالقول \"قررنا زيادة "
                + "مساهمتنا في قوات التحالف\"."));
        assertEquals("macron", s.speakerId());
        assertEquals("قررنا زيادة مساهمتنا في قوات التحالف", s.quote());
    }

    /** "وقال" after a sentence opened by "verb + subject" takes that subject over an older statement's speaker. */
    @Test
    void pronounSubjectTakesTheSubjectOfTheSentenceBefore() {
        List<Statement> sts = statements("وذكرت وكالة رويترز أن الحكومة شكلت خلية أزمة. ودان رئيس الوزراء عمر الرزاز "
                + "السبت الهجوم على الدورية. وقال إن \"هذا العمل الجبان لن ينال من عزم البلاد\".");
        assertEquals(2, sts.size(), sts.toString());
        assertEquals(EntityIds.forName("عمر الرزاز"), sts.get(1).speakerId());
    }

    /** A speaker quoted again later keeps the day the text gave for the speaker's earlier words. */
    @Test
    void aLaterStatementOfTheSameSpeakerKeepsTheDayGivenBefore() {
        List<Statement> sts = statements("قال فؤاد حسين أمس إن \"العراق لن يكون ساحة لتصفية الحسابات\". وأعلنت "
                + "الحكومة العراقية أن الانتخابات ستجري في موعدها. وأكدت الحكومة أن الوضع مستقر. وقال فؤاد حسين إن "
                + "\"العلاقات مع الجيران جيدة\".");
        assertEquals(4, sts.size(), sts.toString());
        assertEquals("2024-05-11", sts.get(0).date().iso());
        assertEquals("2024-05-11", sts.get(3).date().iso(), "the day of the speaker's earlier words: " + sts.get(3));
        assertEquals("2024-05-12", sts.get(1).date().iso(), "another speaker: the publication day");
    }

    /** "أعلن عن X": the object's preposition is not part of the reported words. */
    @Test
    void theObjectsPrepositionIsNotPartOfTheWords() {
        Statement s = one(statements("وأعلنت وزارة الداخلية العراقية عن اعتقال خمسة مطلوبين في بغداد."));
        assertEquals("اعتقال خمسة مطلوبين في بغداد", s.quote());
    }

    /** "نفى"/"نافيا": the words are what the speaker denies; "لم تعلن": nothing was said. */
    @Test
    void denialsAreMarkedAndNegatedReportingVerbsSayNothing() {
        List<Statement> sts = statements("وقال فؤاد حسين إن \"المفاوضات مستمرة\"، نافيا التوصل إلى اتفاق نهائي بشأن "
                + "الانسحاب.");
        assertEquals(2, sts.size(), sts.toString());
        assertFalse(sts.get(0).denial());
        assertTrue(sts.get(1).denial(), sts.get(1).toString());
        assertEquals("التوصل إلى اتفاق نهائي بشأن الانسحاب", sts.get(1).quote());
        assertTrue(statements("ولم تعلن الحكومة العراقية أن القوات الأجنبية ستغادر البلاد.").isEmpty());
    }
}
