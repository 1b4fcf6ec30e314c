package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlExtractorTest {

    private static final String PAGE = """
            <html><head><title>Site | Floods in Köln</title>
            <meta property="og:title" content="Floods in Köln">
            <meta property="article:published_time" content="2026-03-03T08:00:00+01:00">
            <link rel="canonical" href="https://example.de/floods"><script>var x = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="share-buttons">Share on X</div>
            <article><h1>Floods in Köln</h1><p class="byline">By Anna Weber</p>
            <p>KÖLN, 3. März (dpa) &ndash; Der Rhein ist &uuml;ber die Ufer getreten.</p>
            <p>Die Feuerwehr sprach von &bdquo;einer schwierigen Nacht&ldquo;.</p>
            <div class="related-stories"><a href="/a">More floods</a></div>
            <section id="comments"><p>Great article!</p></section></article>
            <footer>© Example</footer></body></html>
            """;

    @Test
    void shouldKeepArticleParagraphsAndMetadataWhenPageHasChrome() {
        HtmlExtractor.Page page = HtmlExtractor.extract(PAGE);
        assertThat(page.title()).isEqualTo("Floods in Köln");
        assertThat(page.publishedAt()).isEqualTo("2026-03-03T08:00:00+01:00");
        assertThat(page.canonicalUrl()).isEqualTo("https://example.de/floods");
        assertThat(page.text()).isEqualTo("KÖLN, 3. März (dpa) – Der Rhein ist über die Ufer getreten.\n\n"
                + "Die Feuerwehr sprach von „einer schwierigen Nacht“.");
        assertThat(page.removed()).containsExactly("By Anna Weber");
    }

    @Test
    void shouldNotOverflowTheStackWhenTagsAreNestedVeryDeeply() {
        String deep = "<div>".repeat(100_000) + "<p>Deep text</p>" + "</div>".repeat(100_000);
        assertThat(HtmlExtractor.extract(deep).text()).contains("Deep text");
    }

    @Test
    void shouldCopeWithBrokenMarkupWhenTagsAreUnclosed() {
        HtmlExtractor.Page page = HtmlExtractor.extract("<p>First <b>bold <i>italic<p>Second</div></span>");
        assertThat(page.text()).isEqualTo("First bold italic\n\nSecond");
    }

    private static final String STORY_ONE = "Die Regierung in Wien hat am Montag ein neues Gesetz zum Schutz der "
            + "Flüsse vorgestellt, das ab dem Sommer gelten soll.";
    private static final String STORY_TWO = "Umweltverbände begrüßten den Entwurf, forderten aber strengere "
            + "Grenzwerte für die Industrie entlang der Donau.";
    private static final String STORY_THREE = "Das Ministerium will bis zum Herbst an zwölf Messstellen entlang der "
            + "Donau und der Traun prüfen lassen, wie viel Wärme und wie viele Schadstoffe die Betriebe einleiten, und "
            + "die Ergebnisse jedes Jahr veröffentlichen.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a page of teasers: the small <article>s are not the story, the block holding most text is
        "teasers | <article><h2>Andere Meldung</h2><p>Kurz.</p></article><div id='story'><p>ONE</p><p>TWO</p></div>",
        // a class that happens to contain a noise word does not remove the story's own container
        "story marked like chrome | <div class='page has-sidebar'><div class='post-comments-enabled'><p>ONE</p><p>TWO</p></div></div>",
        // the story split around an advert stays whole
        "split by advert | <div class='body'><div class='part'><p>ONE</p></div><div class='ad-slot'>Anzeige</div><div class='part'><p>TWO</p></div></div>",
        // <main> with chrome and a related list inside
        "main with related | <main><div class='related-links'><p>Mehr zum Thema: Hochwasser</p></div><p>ONE</p><p>TWO</p></main>",
    })
    void shouldKeepWholeStoryAndNothingElseWhenPageLayoutVaries(String layout, String body) {
        String html = "<html><body><nav>Start | Politik</nav>"
                + body.replace("ONE", STORY_ONE).replace("TWO", STORY_TWO) + "<footer>© Beispiel</footer></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(layout).isEqualTo(STORY_ONE + "\n\n" + STORY_TWO);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldStayLinearWhenChromeBlocksAreNestedVeryDeeply() {
        String deep = "<div class='author'>".repeat(50_000) + "By Ana" + "</div>".repeat(50_000)
                + "<div class='share'>".repeat(50_000) + "Teilen" + "</div>".repeat(50_000) + "<p>" + STORY_ONE + "</p>";
        HtmlExtractor.Page page = HtmlExtractor.extract(deep);
        assertThat(page.text()).isEqualTo(STORY_ONE);
        assertThat(page.removed()).containsExactly("By Ana");
    }

    private static final String ES_ONE = "El Congreso aprobó anoche la reforma de pensiones con 180 votos a favor, "
            + "tras un debate de once horas en Madrid.";
    private static final String ES_TWO = "La oposición anunció que recurrirá la ley ante el Tribunal Constitucional "
            + "en las próximas semanas.";
    private static final String PL_ONE = "Sejm przyjął w piątek ustawę o ochronie rzek, która wejdzie w życie "
            + "od pierwszego lipca przyszłego roku.";
    private static final String PL_TWO = "Organizacje ekologiczne chwalą projekt, ale domagają się ostrzejszych "
            + "limitów dla przemysłu nad Wisłą.";
    private static final String JA_ONE = "東京都は十日、新しい防災計画を発表した。大規模な地震に備え、避難所を増やす。";
    private static final String JA_TWO = "計画は来年四月から実施される予定で、費用は約百億円に上る見通しだ。";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a paragraph that is only a link to another story ("you may be interested in")
        "es link paragraph | <article><p>A</p><p><b>LE PUEDE INTERESAR: <a href='/x'>Las claves de la reforma de pensiones aprobada en el Congreso</a></b></p><p>B</p></article>",
        // a list of related links at the end of the story
        "es related list | <article><p>A</p><p>B</p><ul><li><a href='/1'>Sánchez defiende el acuerdo</a></li><li><a href='/2'>Qué cambia en tu pensión</a></li></ul></article>",
        // a photo caption and credit inside the story
        "pl caption | <article><p>A</p><div class='image-caption'>Wisła w Warszawie. Fot. Jan Nowak</div><p>B</p></article>",
        // an embedded social post
        "ja embedded post | <article><p>A</p><blockquote class='twitter-tweet'><p>速報です</p>— 記者 (@kisha)</blockquote><p>B</p></article>",
        // a newsletter sign-up box
        "pl newsletter | <article><p>A</p><div class='newsletter-signup'><p>Zapisz się do naszego newslettera</p></div><p>B</p></article>",
        // a sign-in wall over the rest of the story
        "es sign-in wall | <article><p>A</p><div class='article-gating'><div>Regístrate gratis para seguir leyendo</div><form><input></form></div><p>B</p></article>",
        // a collapse toggle the page hides until the story is expanded
        "pl toggle | <article><p>A</p><p>B</p><p class='contract hide'>Zwiń artykuł</p></article>",
        // a copy for screen readers only
        "ja screen reader | <article><p class='sr-only'>記事の本文です</p><p>A</p><p>B</p></article>",
        // a copyright notice inside the story's container
        "es copyright | <article><p>A</p><p>B</p><p>Copyright © 2024 Diario Ejemplo S.L. Todos los derechos reservados.</p></article>",
        "ja copyright | <article><p>A</p><p>B</p><div>© 2024 日本新聞社</div></article>",
        // the heading of a related-story list whose links went with the link-dense blocks
        "es related heading | <article><p>A</p><p>B</p><h3>Noticias relacionadas</h3><ul><li><a href='/1'>Sánchez defiende el acuerdo</a></li></ul></article>",
        "pl related heading | <article><p>A</p><p>B</p><h2>Czytaj także:</h2></article>",
        "ja related heading | <article><p>A</p><p>B</p><h3>関連記事</h3></article>",
        // the editors' initials and the agency that end national agency copy
        "pl agency credit | <article><p>A</p><p>B</p><p>aja/PAP</p></article>",
        // an advertising label, an appeal for donations, a poll, a feedback box and an author bio
        "es advertisement label | <article><p>A</p><div class='advertisement'><span>Publicidad</span></div><p>B</p></article>",
        "pl donation appeal | <article><p>A</p><div class='donate-box'><p>Wesprzyj niezależne dziennikarstwo, przekaż darowiznę już dziś.</p></div><p>B</p></article>",
        "ja poll | <article><p>A</p><div class='poll'><p>あなたはこの計画に賛成ですか。</p></div><p>B</p></article>",
        "es feedback | <article><p>A</p><p>B</p><div class='article-feedback'><p>¿Te ha resultado útil esta noticia?</p></div></article>",
        "pl author bio | <article><p>A</p><p>B</p><div class='author-bio'><p>Jan Nowak jest reporterem działu miejskiego.</p></div></article>",
        "es bio box | <article><p>A</p><p>B</p><div class='bio-box'><p>María López cubre política municipal desde 2015.</p></div></article>",
        "ja follow us | <article><p>A</p><p>B</p><div class='follow-us'><p>公式SNSをフォローしてください。</p></div></article>",
        "pl affiliate note | <article><p>A</p><p>B</p><p class='affiliate-note'>Artykuł zawiera linki afiliacyjne.</p></article>",
        // a paywall prompt after the teaser in a box whose class says nothing
        "es paywall prompt | <article><p>A</p><p>B</p><div class='c-box'><p><strong>Suscríbete para seguir leyendo</strong></p><p>Lee sin límites por 1 euro al mes. Cancela cuando quieras.</p><a href='/s'>Suscríbete</a></div></article>",
        "ja paywall prompt | <article><p>A</p><p>B</p><div class='box'><p>この記事は有料会員限定です。</p><a href='/login'>ログイン</a></div></article>",
        // text for screen readers hidden by the inline clip idiom ("opens new tab" after links)
        "es clipped text | <article><p>A</p><p>B</p><span style='position:absolute;clip:rect(0 0 0 0);width:1px;height:1px'>Fin del artículo</span></article>",
        "pl clip-path hidden text | <article><p>A</p><span style='clip-path: inset(50%); position:absolute'>Przejdź do treści</span><p>B</p></article>",
        // the heading of a photo gallery that ends its container, whose box went as furniture
        "pl gallery heading | <article><p>A</p><p>B</p><div class='series'><hr><h2>Zdjęcia z otwarcia nowego mostu</h2><div class='gallery'><img src='/1.jpg'><p>Most nad Wisłą w Płocku</p></div></div></article>",
        "es related box heading | <article><p>A</p><p>B</p><div><h3>Más sobre la reforma</h3><div class='related-box'><p>El Gobierno defiende los cambios en las pensiones</p></div></div></article>",
        // a forum thread: the opening post is the story; replies, signatures and poster panels are not
        "pl forum reply | <article><p>A</p><p>B</p><div class='post bg1 reply'><div class='content'>Zgadzam się, u nas było tak samo w zeszłym roku, pomogła dopiero kłódka.</div></div></article>",
        "es signature | <article><p>A</p><p>B</p><div class='signature'>Cultivando tomates desde 2010.</div></article>",
        "ja poster panel | <article><dl class='postprofile'><dt>山田</dt><dd>投稿数: 412</dd></dl><p>A</p><p>B</p></article>",
        // a press release's media contact, a like counter, a section label above the headline
        "es media contact | <article><p>A</p><p>B</p><div class='release-contacts'><h4>Contacto de prensa</h4><p>Lucía Ferrer<br>prensa@ejemplo.example</p></div></article>",
        "pl like counter | <article><p>A</p><p>B</p><div class='sharedaddy sd-like'><h3>Lubię to:</h3><span>Wczytywanie…</span></div></article>",
        "es section label | <article><span class='article-kicker'>Política</span><p>A</p><p>B</p></article>",
        // an AMP advert's placeholder text
        "ja amp ad placeholder | <article><p>A</p><amp-ad width='300' height='250' type='x'><div placeholder>広告</div></amp-ad><p>B</p></article>",
    })
    void shouldDropFurnitureInsideTheStoryWhenPagesOfOtherLanguagesHaveIt(String layout, String body) {
        String[] story = layout.startsWith("es") ? new String[] {ES_ONE, ES_TWO}
                : layout.startsWith("pl") ? new String[] {PL_ONE, PL_TWO} : new String[] {JA_ONE, JA_TWO};
        String html = "<html><body><nav><a href='/'>Inicio</a></nav>" + body.replace("<p>A</p>", "<p>" + story[0]
                + "</p>").replace("<p>B</p>", "<p>" + story[1] + "</p>") + "</body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(layout).isEqualTo(story[0] + "\n\n" + story[1]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an app shell whose story is only in the JSON-LD articleBody
        "json-ld only | <html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Port strike ends\",\"articleBody\":\"Dock workers returned to work on Monday after a ten-day strike over shift patterns. The union said members had accepted a revised offer that limits night shifts to three a week. The port authority said about 40 ships had been delayed and that it expected the backlog to clear by Friday. Shipping lines had sent some cargo to two smaller ports during the dispute.\"}</script></head><body><nav><a href='/'>Home</a></nav><div id='root'>Loading…</div></body></html> | Dock workers returned to work on Monday | Loading",
        // an AMP page: amp-img, amp-ad and amp-social-share around the story
        "amp | <html amp><body><header><amp-img src='l.png' width='9' height='9'></amp-img><a href='/'>Example News</a></header><article><p>Heavy rain flooded three towns in the river valley overnight, forcing hundreds of people to leave their homes.</p><amp-ad width='300' height='250' type='doubleclick'></amp-ad><p>Emergency crews used boats to reach families trapped on upper floors, the regional water agency said.</p><amp-social-share type='twitter'></amp-social-share></article></body></html> | Emergency crews used boats | Example News",
        // a live blog: every entry kept, the share links of each dropped
        "live blog | <html><body><main><article class='live-entry'><h3>Polls close</h3><p>Polling stations across the country closed at 8pm and counting has begun in most districts.</p><div class='share'><a href='#'>Copy link</a></div></article><article class='live-entry'><h3>Turnout up</h3><p>Turnout reached 61 percent when polls closed, up from 54 percent at the last election.</p><div class='share'><a href='#'>Copy link</a></div></article></main></body></html> | Turnout reached 61 percent | Copy link",
        // a teaser whose paywall box has a telling class
        // an ASP.NET page: the whole body sits in one form; a search form beside it is still dropped
        "page wrapped in a form | <html><body><form id='aspnetForm' method='post' action='./story.aspx'><input type='hidden' name='__VIEWSTATE' value='abc'><div class='top'><form action='/search'><p>Search our archive of stories, photos and videos going back to the first edition in 1921.</p><input type='text' name='q'></form></div><div class='story'><p>The regional council voted on Tuesday to close two of the valley's four rural clinics by the end of the year, citing a shortage of nurses.</p><p>Residents of the upper valley said the nearest clinic would then be more than an hour's drive away for many older patients.</p><p>The council's health committee said a mobile unit would visit each village twice a week and that the decision would be reviewed in a year.</p></div></form></body></html> | mobile unit would visit each village | Search our archive",
        // a JSON-LD articleBody cut short with an ellipsis is a teaser, not a referee of the story's later paragraphs
        "articleBody cut short | <html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Ferry service resumes\",\"articleBody\":\"The island ferry service resumed on Thursday after a three-week suspension caused by damage to the main pier during a winter storm. The operator said sailings would run on a reduced timetable of four crossings a day until repairs to the second berth are finished, which it expects in about a month. Islanders had relied on a small water taxi and on&hellip;\"}</script></head><body><article><p>The island ferry service resumed on Thursday after a three-week suspension caused by damage to the main pier during a winter storm.</p><p>The operator said sailings would run on a reduced timetable of four crossings a day until repairs to the second berth are finished, which it expects in about a month.</p><p>Islanders had relied on a small water taxi and on supply flights.</p><p>Shopkeepers said fresh food had run short in the last week.</p><p>The harbour master said divers would inspect the pier again in spring.</p></article></body></html> | divers would inspect the pier again | Ferry service resumes",
        // a name's hover card of related headlines set inside a sentence: the sentence stays, the card goes
        "hover card in a sentence | <html><body><article><p>The port authority approved the new ferry terminal on Monday after a two-year review of its cost, its design and the traffic it would bring to the old town.</p><p>Work on the terminal is due to start in the spring, and the first ferries should use it in the summer of the following year, the authority said.</p><p>Residents of the harbour district had asked for a lower building and for a new bus line to the station, and both were added to the plan in its last version.</p><p>The plan was backed by Mayor <span class='person-box'><a href='/people/ana-ruiz'>Ana Ruiz</a><span class='person-card'><span><a href='/people/ana-ruiz'>Ana Ruiz</a><a href='/news/1'>Ruiz opens the winter market on the old quay</a> <a href='/news/2'>City budget vote delayed to March after long session</a> <a href='/news/3'>Council names three new members of the harbour board</a></span></span></span> after a long debate in the council chamber on Monday night.</p></article></body></html> | backed by Mayor Ana Ruiz after a long debate | Ruiz opens the winter market",
        // a short breaking story beside a page footer whose notice is longer than the story
        "short story, long footer | <html><body><div class='story'><h1>Bridge closed after lorry strike</h1><p>The Old Mill bridge was closed on Friday after a lorry struck one of its supports, police said.</p><p>Engineers will inspect it on Saturday.</p></div><div class='footer-wrap'><p>The Valley Courier reader service centre can be reached with any question about subscriptions, deliveries and the e-paper from Monday to Friday between 8am and 6pm by telephone, by fax or by e-mail, and on Saturdays between 9am and noon. Please have your subscriber number ready when you call, and allow two working days for a reply to written requests.</p></div></body></html> | Engineers will inspect it on Saturday | reader service centre",
        // a wrapper named for a sticky footer that holds the whole page: its story stays
        "sticky-footer wrapper | <html><body><div class='wrapper sticky-footer'><nav><a href='/'>Home page</a></nav><div class='story'><p>The Old Mill bridge was closed on Friday after a lorry struck one of its supports, police said.</p><p>Engineers will inspect it on Saturday, and the council expects the bridge to stay shut for at least a week while repairs are planned.</p></div></div></body></html> | Engineers will inspect it on Saturday | Home page",
        "paywalled teaser | <html><body><article><p>The central bank is preparing to lower its benchmark rate next month, according to three officials.</p><div class='paywall'><h2>Subscribe to continue reading</h2><p>Get unlimited access for $1 a week.</p></div></article></body></html> | preparing to lower its benchmark rate | Subscribe",
    })
    void shouldKeepTheStoryAndDropTheRestWhenThePageIsOfAnotherKind(String kind, String html, String kept, String dropped) {
        String text = HtmlExtractor.extract(html).text();
        assertThat(text).as(kind).contains(kept).doesNotContain(dropped);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a rail of other stories, each a headline link and a summary that is not a link
        "teaser rail with summaries | <html><body><div class='grid'><div class='story-column'><p>ONE</p><p>TWO</p><p>THREE</p></div><div class='story-rail'><div class='rail-block'><div class='rail-title'>Latest in Logistics</div><div class='rail-item'><div class='rail-headline'><a href='/1'>Freight rates on Asian routes ease for a second week</a></div><div class='rail-summary'>Spot rates for a container fell by about six per cent as new ships joined the main services and demand cooled earlier than expected.</div></div><div class='rail-item'><div class='rail-headline'><a href='/2'>Airline cargo arm orders four converted freighters</a></div><div class='rail-summary'>The carrier said the aircraft would let it add weekly flights to Nairobi and Lagos without relying on space in passenger jets.</div></div></div></div></div></body></html> | Spot rates for a container | Latest in Logistics",
        // Spanish: related cards with an image link and a summary inside the story's column
        "related cards (es) | <html><body><div class='nota'><div class='cuerpo'><p>ONE</p><p>TWO</p></div><div class='te-puede-interesar'><h3>Te puede interesar</h3><div class='nota-relacionada'><a href='/r1'><img src='r.jpg'><h4>El invierno dejó cuarenta vías en mal estado</h4></a><p>La Gobernación priorizará las rutas de salida de las cosechas.</p></div><div class='nota-relacionada'><a href='/r2'><img src='s.jpg'><h4>Así avanza la doble calzada del norte</h4></a><p>El contratista asegura que la obra estará lista el próximo año.</p></div></div></div></body></html> | priorizará las rutas | Te puede interesar",
        // the date line of a print site, in a block classed by its date
        "date line | <html><body><div class='detail'><div class='category-date'><span>Our Correspondent</span> · <span>October 2, 2026</span></div><div class='story-detail'><p>ONE</p><p>TWO</p></div></div></body></html> | October 2, 2026 | Our Correspondent",
        // a pull quote repeats a sentence of the story
        "pull quote | <html><body><article><p>ONE</p><blockquote class='wp-block-quote is-style-pullquote'><p>A harbour is only as safe as the last storm allows.</p></blockquote><p>TWO</p></article></body></html> | A harbour is only as safe | A harbour is only as safe",
        // French: a subscription box and share line below the story
        "subscription box (fr) | <html><body><article><div class='corps-article'><p>ONE</p><p>TWO</p><div class='bloc-abonnement'><p>Cet article vous a intéressé ?</p><p>Profitez de notre offre découverte.</p></div></div><div class='partage-article'>Partager cet article</div></article></body></html> | Profitez de notre offre | Partager",
    })
    void shouldDropFurnitureOfRegionalPagesWhenItSitsNextToTheStory(String layout, String html, String furniture,
            String alsoFurniture) {
        String text = HtmlExtractor.extract(html.replace("ONE", STORY_ONE).replace("TWO", STORY_TWO)
                .replace("THREE", STORY_THREE)).text();
        assertThat(text).as(layout).contains(STORY_ONE).contains(STORY_TWO).doesNotContain(furniture)
                .doesNotContain(alsoFurniture);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // class names in camel case read as words
        "camel-case caption | <article><p>ONE</p><div class='mol-img'><p class='imageCaption'>Winnie on the beach after her swim</p></div><p>TWO</p></article>",
        // consent layers: an external-content box standing in for an embed
        "external content consent | <article><p>ONE</p><div class='embed-consent'><p>Externer Inhalt</p><p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.</p></div><p>TWO</p></article>",
        // an audio player's timer and note, a video box's title
        "audio player | <article><div class='article__audio'><span>00:00 / 04:10</span><span>Audio generated by AI</span></div><p>ONE</p><p>TWO</p></article>",
        "video box | <article><p>ONE</p><div class='story-video'><div class='clip-title'>Watch the moment the boat capsized</div></div><p>TWO</p></article>",
        // a readers' appeal, comments named in Spanish
        "appeal | <article><p>ONE</p><p>TWO</p><div class='contributions-epic'><h3>Before you go</h3><p>Readers like you keep us independent.</p></div></article>",
        "comments (es) | <article><p>ONE</p><p>TWO</p><div class='noticia__comentarios'><h3>Comentarios</h3><p>Esta funcionalidad es sólo para registrados.</p></div></article>",
        // the box around a sign-up form whose class says nothing
        "sign-up box | <article><p>ONE</p><div class='x9'><h3>Get the Morning Ledger</h3><p>Local news in your inbox by 7 a.m.</p><form><input type='email'><button>Sign up</button></form></div><p>TWO</p></article>",
        // a byline whose class says nothing, by its link to the author's page
        "author link | <article><div class='gx_ar_by'><a href='/staff/1234/jane-doe/'>Jane Doe</a><div>The Valley Courier</div></div><p>ONE</p><p>TWO</p></article>",
        // teaser lines between paragraphs, with a label and a colon or bar
        "teaser line (en) | <article><p>ONE</p><p>READ: Shipping firm fined for reef damage in the north</p><p>TWO</p></article>",
        "teaser line (id) | <article><p>ONE</p><p><b>Baca juga:</b> Tanggul laut ditargetkan rampung 2027</p><p>TWO</p></article>",
        "teaser line (de) | <article><p>ONE</p><div>Lesen Sie auch » Wohngeld 2027, so viel steht Ihnen zu</div><p>TWO</p></article>",
        // the page's own time stamp line, in English and Spanish
        "time stamp (en) | <article><div class='x1'>Published 12:02 p.m. CT Nov. 24, 2026</div><p>ONE</p><p>TWO</p></article>",
        "time stamp (es) | <article><span class='x2'>Actualizado a las 17:25</span><p>ONE</p><p>TWO</p></article>",
        // a control's label alone, an advertising label, a clip's duration
        "lone label | <article><p>ONE</p><span class='x3'>Comments</span><p>TWO</p></article>",
        "advertising label (es) | <article><p>ONE</p><div class='x4'><span>Publicidad</span></div><p>TWO</p></article>",
        "clip duration | <article><p>ONE</p><div class='x5'>00:42</div><p>TWO</p></article>",
        // Readability's advertising and loading labels alone in a box
        "advertising label (zh) | <article><p>ONE</p><div class='x12'>广告</div><p>TWO</p></article>",
        "advertising label (ru) | <article><p>ONE</p><div class='x13'>Реклама</div><p>TWO</p></article>",
        "ad label | <article><p>ONE</p><div class='x14'><span>Ad</span></div><p>TWO</p></article>",
        "loading note | <article><p>ONE</p><div class='x15'>Loading…</div><p>TWO</p></article>",
        "loading note (fr) | <article><p>ONE</p><div class='x16'>Chargement...</div><p>TWO</p></article>",
        "loading note (es) | <article><p>ONE</p><div class='x17'>Cargando</div><p>TWO</p></article>",
        // notes shown when scripts do not run, sorting controls of a live page
        "script note | <article><p class='x6'>Please turn on JavaScript to use this feature</p><p>ONE</p><p>TWO</p></article>",
        "sort control | <article><div class='x7'><span>Sort by:</span><a href='?s=l'>Latest</a><a href='?s=o'>Oldest</a><span>Auto update: On</span></div><p>ONE</p><p>TWO</p></article>",
        // staff credits and a reporter's contact line at the end
        "compiled by | <article><p>ONE</p><p>TWO</p><p>Compiled by Lerato Sithole</p></article>",
        "credit block (id) | <article><p>ONE</p><p>TWO</p><p>Pewarta: Dewi Anggraini<br>Editor: Hendra Kusuma</p></article>",
        "contact line | <article><p>ONE</p><p>TWO</p><p><em>Jane Doe covers county government. Reach her at jdoe@example.org.</em></p></article>",
        // an agency's sign-off after the last paragraph
        "agency sign-off | <article><p>ONE</p><p>TWO</p><p>-- BNS</p></article>",
        "listed agency credit | <article><p>ONE</p><p>TWO</p><p>— Bernama</p></article>",
        // blocks the page hides with an inline style: a stale teaser, a pop-up's text
        "display none | <article><p>ONE</p><p style='display: none'>Breaking: harbour wall vote delayed until next week</p><p>TWO</p></article>",
        "visibility hidden | <article><p>ONE</p><div style='color:#333;visibility:hidden'><p>Thanks for reading. Enjoy three more free stories this month.</p></div><p>TWO</p></article>",
        // an advertising label inside dashes; a live page's labels and post times
        "advertising label in dashes | <article><p>ONE</p><div class='x8'><span>- Advertisement -</span></div><p>TWO</p></article>",
        "live post labels | <article><div class='x9'>Pinned post</div><p>ONE</p><div class='x10'><time>7.41am</time> <span>Updated 7.55am</span></div><p>TWO</p><label><input type='checkbox'> Auto-refresh</label></article>",
        // a teaser label alone above its list of links (the list goes as link-dense)
        "teaser label alone (pt) | <article><p>ONE</p><p><strong>LEIA TAMBÉM:</strong></p><ul><li><a href='/a'>Previsão indica dezembro mais chuvoso que a média</a></li><li><a href='/b'>Obras no canal devem terminar em março</a></li></ul><p>TWO</p></article>",
        // closing prompts: a share line, a messaging channel, a newsletter line inside a sentence
        "channel prompt | <article><p>ONE</p><p>TWO</p><p><strong>Kindly Share This Story</strong></p><div class='x11'><p>Join The Harbour Post WhatsApp Channel for the latest news.</p></div></article>",
        "newsletter line | <article><p>ONE</p><p>TWO</p><p><em>The Harbour Post is a nonprofit newsroom. Sign up for our free newsletter at example.org/news.</em></p></article>",
        // a kicker above the story named in French and German
        "kicker (fr) | <article><div class='article__surtitre'>Saint-Aubray</div><p>ONE</p><p>TWO</p></article>",
        "kicker (de) | <article><span class='dachzeile'>Hochwasser</span><p>ONE</p><p>TWO</p></article>",
        // a wiki's note about the page itself, above the text
        "wiki hatnote | <article><div role='note' class='hatnote navigation-not-searchable'>This is a <a href='/w/Dynamic'>dynamic list</a> and may never be complete. You can help by <a href='/w/Edit'>adding missing items</a>.</div><p>ONE</p><p>TWO</p></article>",
        // WordPress's caption class on a featured image outside any figure
        "wp-caption-text | <article><div class='featured-image-wrapper'><img src='mill.jpg'><div class='wp-caption-text featured'>The old mill on the Ostbach, closed since 1998 (Photo: Lena Ortmann)</div></div><p>ONE</p><p>TWO</p></article>",
        // a slide show's counters, in a box not named a gallery, in English and German
        "gallery counters | <article><p>ONE</p><div class='inline-slides'><div class='slide-item'><img src='1.jpg'><span>Image 1 of 3</span></div><div class='slide-item'><img src='2.jpg'><span>Bild 2 von 3</span></div><div class='slide-item'><img src='3.jpg'><span>Slide 3/3</span></div></div><p>TWO</p></article>",
        // the British advertising label alone
        "advert label | <article><p>ONE</p><div class='mpu-slot'>Advert</div><p>TWO</p></article>",
    })
    void shouldDropFurnitureWhenItsClassOrItsWordsSayWhatItIs(String kind, String body) {
        String html = "<html><body>" + body.replace("ONE", STORY_ONE).replace("TWO", STORY_TWO) + "</body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(kind).isEqualTo(STORY_ONE + "\n\n" + STORY_TWO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // prose that opens like a time stamp line
        "opens with 'Updated' | <p>Updated figures released on Monday show exports grew 4% in October.</p>",
        // a blog post's date without a time: trafilatura's benchmark counts it as the post's text
        "date without a time | <p>Veröffentlicht am 16.08.2019</p>",
        // a last paragraph asking readers to write, and Reuters' credit line (Fundus's gold has it)
        "please email | <p>Members can join the working group; please email wg@example.org for more information.</p>",
        "reporting credit | <p>Reporting by Asif Khan; Editing by Tom Lee</p>",
        // a paragraph that links to a columnist's page
        "columnist link | <p>As <a href='/author/ada-lind/'>Ada Lind</a> wrote last week, the council has not yet said how it would pay for the new bridge over the river.</p>",
        // a word that only starts like a label
        "watchdog | <p>Watchdog: the regulator said the fine was the largest it had ever imposed.</p>",
        // a story's last sentence that names a messaging group or channel, and a time that is a figure
        "whatsapp group | <p>The suspects had planned the raid in a WhatsApp group, police said.</p>",
        "telegram channel | <p>The minister announced the decision on her Telegram channel late on Sunday.</p>",
        "figure with a point | <p>The index closed at 7.45.</p>",
        // a sentence whose longest phrase is a link is the story's, though it is mostly link text
        "linked sentence | <p>The inquiry into the harbour contract had been shelved in 2019 but was <a href='/news/inquiry-reopened'>reopened this spring after two new witness statements came forward to the commission</a>.</p>",
        // a sentence that opens like a gallery's counter
        "counter-like sentence | <p>Image 4 of the series shows the harbour as it looked in 1910, before the new quay was built.</p>",
    })
    void shouldKeepLastParagraphWhenItOnlyLooksLikeFurniture(String kind, String last) {
        String html = "<html><body><article><p>" + STORY_ONE + "</p><p>" + STORY_TWO + "</p>" + last
                + "</article></body></html>";
        String lastText = org.jsoup.Jsoup.parse(last).text();
        assertThat(HtmlExtractor.extract(html).text()).as(kind).endsWith(lastText);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "WhatsApp prompt (pt) | 📲 Receba as notícias do Minas Agora no WhatsApp",
        "follow prompt (en) | Follow us on our official WhatsApp channel for breaking news alerts!",
        "print-edition line | Published in The Frontier Daily, September 21st, 2026",
        "read also (id) | Baca juga: Harga Bawang Merah Mulai Turun",
        "writer's follow prompt | Follow me on Twitter or LinkedIn. Check out my website.",
        "share prompt | Like this story? Share it with a friend!",
    })
    void shouldDropClosingPromptWhenAStoryEndsWithIt(String kind, String prompt) {
        String html = "<html><body><article><p>" + STORY_ONE + "</p><p>" + STORY_TWO + "</p><p>" + prompt
                + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(kind).isEqualTo(STORY_ONE + "\n\n" + STORY_TWO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a last paragraph that reports a publication is the story's
        "published in a journal | Published in Nature on Monday, the study followed 4,000 patients for ten years.",
        "a last sentence about followers | Followers of the movement marched again on Sunday.",
    })
    void shouldKeepLastParagraphWhenItOnlyStartsLikeAPrompt(String kind, String last) {
        String html = "<html><body><article><p>" + STORY_ONE + "</p><p>" + last + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(kind).endsWith(last);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // list items that open with plain text are the story's list, even with links in them
        "story list with links | <ul><li>Rua Halfeld: closed to traffic between the <a href='/a'>Getúlio Vargas avenue</a> and the river bridge;</li><li>Independência: one lane open in <a href='/b'>both directions</a> until the evening;</li></ul> | Rua Halfeld: closed",
        // references open with a back-link, then plain text before the long link
        "references | <ol class='references'><li><a href='#r1'>^</a> Bogue, Mike (September 26, 2017). <a href='/b'>Apocalypse Then</a>. McFarland and Company, p. 80.</li><li><a href='#r2'>^</a> Hartl, John (September 3, 1998). <a href='/c'>Disney Will Distribute</a>. The Seattle Times, retrieved in May.</li></ol> | Bogue, Mike",
        // a paragraph whose links are wrapped in spans is prose, not a list of teasers
        "paragraph of linked spans | <p>The post appeared on the platform on Monday after a member of the air force <span class='LinkEnhancement'><a href='/x'>set himself on fire</a></span> outside the embassy, and it was shared widely by <span class='LinkEnhancement'><a href='/y'>accounts that impersonate</a></span> the agency and its officials.</p> | set himself on fire",
        // a list article's data table: a row whose title and description are mostly links stays with its table
        "data table row | <table><tr><th>Film</th><th>Year</th><th>Description</th></tr><tr><td><a href='/a'>Repeat Performance</a></td><td>1947</td><td>A woman who shot her husband on New Year's Eve wishes she could live the year again and gets her chance.</td></tr><tr><td><a href='/b'>Journey to the Center of Time</a></td><td>1967</td><td>Remake of <a href='/c'>The Time Travelers</a></td></tr></table> | Journey to the Center of Time 1967 Remake of The Time Travelers",
        // a results table: each cell a word of its own
        "results table | <table><tr><th>Candidate</th><th>Votes</th></tr><tr><td>Joanne Whitlock</td><td>812</td></tr></table> | Joanne Whitlock 812",
        // a subheading whose class says it is a header
        "subheading classed header | <h2 class='header-anchor-post'>Rerouting by rail</h2> | Rerouting by rail",
        // a sortable table's header cells, whose class says "header" of the table ("headerSort")
        "sortable table header | <table class='wikitable sortable'><thead><tr><th class='headerSort'>Vessel</th><th class='headerSort'>Launched</th><th class='unsortable'>Fate</th></tr></thead><tbody><tr><td><a href='/a'>Marigold Star</a></td><td>1921</td><td>Broken up at Blyth after forty years in the coal trade along the coast.</td></tr><tr><td><a href='/b'>Hesketh</a></td><td>1934</td><td>Sunk by a mine off the estuary in the first winter of the war.</td></tr></tbody></table> | Vessel Launched Fate",
        // references: an entry whose title is a long link is judged with its list, which is mostly text
        "reference with a linked title | <ol class='references'><li><a href='#r1'>^</a> Okafor, Ngozi; Brandt, Lutz (March 3, 2011). Coastal shipping registers of the northern ports, 1900 to 1960. Harbour History Society, second edition, pages 11 to 40. Retrieved 4 May 2019.</li><li><a href='#r2'>^</a> <a href='/c'>Grain fleet sails again after a decade laid up in the estuary</a>. Courier. 2014.</li></ol> | Grain fleet sails again after a decade laid up in the estuary",
    })
    void shouldKeepStoryBlocksWhenTheyLookLikeTeaserLists(String layout, String block, String kept) {
        String html = "<html><body><article><p>" + STORY_ONE + "</p>" + block + "<p>" + STORY_TWO
                + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(layout).contains(kept).contains(STORY_TWO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the headline in other words than the page's title: most of its words are the title's
        "headline shorter than the title | <article><h1>Regierung legt Entwurf vor</h1><p>ONE</p><p>TWO</p></article> | Regierung legt Entwurf vor | false",
        "headline in an h2 | <article><span>Umwelt</span><h2>Umweltschutz – Regierung legt Entwurf vor</h2><p>ONE</p><p>TWO</p></article> | Regierung legt Entwurf vor | false",
        // an h1 whose words are mostly not the title's is text, as Readability keeps it
        "h1 unlike the title | <article><h1>Wien schützt seine Flüsse</h1><p>ONE</p><p>TWO</p></article> | Wien schützt seine Flüsse | true",
        // a subheading that shares a word with the title stays
        "subheading sharing a word | <article><p>ONE</p><h2>Was die Regierung plant</h2><p>TWO</p></article> | Was die Regierung plant | true",
        // an h1 further down is a subheading of the story
        "h1 as a subheading | <article><p>ONE</p><h1>Was die Industrie sagt</h1><p>TWO</p></article> | Was die Industrie sagt | true",
    })
    void shouldLeaveTheHeadlineOutWhenItRepeatsTheTitle(String layout, String body, String heading, boolean kept) {
        String html = "<html><head><title>Umweltschutz: Regierung legt Entwurf vor | Beispiel-Zeitung</title></head><body>"
                + body.replace("ONE", STORY_ONE).replace("TWO", STORY_TWO) + "</body></html>";
        String text = HtmlExtractor.extract(html).text();
        assertThat(text).as(layout).contains(STORY_ONE).contains(STORY_TWO);
        assertThat(text.contains(heading)).as(layout).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a tabloid's or an archive's headline in an h2, the title with the site's name after it
        "English h2 | Seal follows swimmer for the final mile – The Daily Example | Seal follows swimmer for the final mile",
        "Japanese h2 | 大阪で新しい橋が開通 - 例新聞 | 大阪で新しい橋が開通",
        "Spanish h2, fewer words | Las lluvias dejan sin luz a dos barrios de Valdoria - Diario Ejemplo | Lluvias dejan sin luz a dos barrios",
    })
    void shouldLeaveAnH2HeadlineOutWhenItRepeatsTheTitle(String layout, String title, String h2) {
        String html = "<html><head><title>" + title + "</title></head><body><div class='story'><h2>" + h2 + "</h2><p>"
                + STORY_ONE + "</p><p>" + STORY_TWO + "</p></div></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(layout).doesNotContain(h2).contains(STORY_ONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "same words | Conversations with a Cryptid | Conversations with a Cryptid - Chapter 1 | 1.0",
        "no shared word | Lorem | Replace font tags test | 0.0",
        // 'was die plant' (13 characters) of 'was die regierung plant' (23) are not in the title
        "one shared word | Was die Regierung plant | Regierung legt Entwurf vor | 0.435",
        "no words | — | Any title | 0.0",
    })
    void shouldMeasureHowMuchOfAHeadingTheTitleHolds(String layout, String heading, String title, double expected) {
        double similarity = HtmlExtractor.titleSimilarity(Set.copyOf(HtmlExtractor.words(title)),
                HtmlExtractor.words(heading));
        assertThat(similarity).as(layout).isCloseTo(expected, offset(0.001));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a lead paragraph set beside the story's container, which holds nine tenths of the text
        "lead beside the container | <p>Nach monatelangem Streit legt die Regierung in Wien einen Entwurf zum Schutz der Donau und ihrer Nebenflüsse vor.</p> | Nach monatelangem Streit legt die Regierung | true",
        "short sentence beside the container | <p>Die Abstimmung im Nationalrat ist für Mai geplant.</p> | Die Abstimmung im Nationalrat | true",
        // not a teaser whose text is a link, nor a label without a sentence
        "linked teaser beside the container | <p><a href='/x'>Hochwasser an der Traun: Gemeinden fordern mehr Geld für neue Dämme und Rückhaltebecken</a></p> | Hochwasser an der Traun | false",
        "label beside the container | <p>Mehr aus Österreich</p> | Mehr aus Österreich | false",
    })
    void shouldJoinParagraphsBesideTheStoryWhenReadabilityWould(String layout, String beside, String text, boolean joined) {
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            story.append("<p>").append(STORY_ONE).append("</p><p>").append(STORY_TWO).append("</p><p>").append(STORY_THREE)
                    .append("</p>");
        }
        String html = "<html><body><div class='page'>" + beside + "<div class='story-body'>" + story + "</div></div></body></html>";
        String extracted = HtmlExtractor.extract(html).text();
        assertThat(extracted).as(layout).contains(STORY_ONE);
        assertThat(extracted.contains(text)).as(layout).isEqualTo(joined);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a page about clips: each item's description, under classes that only name the medium
        "video item | <div class='video-item'><h2>Die letzte Fähre</h2><div class='video-embed'><iframe src='https://www.youtube.com/embed/x1'></iframe></div><p class='video-description'>THREE</p></div> | true",
        "audio transcript | <div class='audio-transcript'><p>THREE</p></div> | true",
        "player profile | <section class='player-profile'><p>THREE</p></section> | true",
        "two media words | <div class='video-player'><p>THREE</p></div> | true",
        // a media word beside another furniture word, and a player's box without prose, still go
        "video share box | <div class='video share-tools'><p>THREE</p></div> | false",
        "player box | <div class='audio-player'><span>00:00 / 04:10</span><p>Hören Sie diesen Artikel</p></div> | false",
    })
    void shouldKeepProseWhenOnlyAMediaWordMarksItsBlock(String layout, String block, boolean kept) {
        String html = "<html><body><article><p>" + STORY_ONE + "</p>" + block.replace("THREE", STORY_THREE) + "<p>"
                + STORY_TWO + "</p></article></body></html>";
        String text = HtmlExtractor.extract(html).text();
        assertThat(text).as(layout).contains(STORY_ONE).contains(STORY_TWO);
        assertThat(text.contains(STORY_THREE)).as(layout).isEqualTo(kept);
    }

    @Test
    void shouldKeepTheRestOfTheStoryWhenAReadMoreButtonHidesIt() {
        String html = "<html><body><article><p>" + STORY_ONE + "</p><button>Weiterlesen</button>"
                + "<div class='rest' style='display:none'><p>" + STORY_TWO + "</p><p>" + STORY_THREE + "</p><p>"
                + STORY_ONE.replace("Montag", "Dienstag") + "</p></div></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).contains(STORY_ONE).contains(STORY_TWO).contains(STORY_THREE);
    }

    @Test
    void shouldKeepEntryHeadingsWhenALiveBlogSetsThemInHeaders() {
        StringBuilder html = new StringBuilder("<html><body><main><header><h1>Storm live</h1></header><ol>");
        for (String[] entry : new String[][] {{"Power cuts climb", STORY_ONE}, {"Ferries cancelled", STORY_TWO},
                {"Rail line closed", "Network Rail says two trees have come down on the line and the route stays shut."}}) {
            html.append("<li><article><header class='post__header'><time>16:40</time><h3 class='post__header-title'>")
                    .append(entry[0]).append("</h3></header><div class='post-body'><p>").append(entry[1])
                    .append("</p></div></article></li>");
        }
        html.append("</ol></main></body></html>");

        String text = HtmlExtractor.extract(html.toString()).text();

        assertThat(text).contains("Power cuts climb\n\n" + STORY_ONE).contains("Ferries cancelled")
                .contains("Rail line closed").doesNotContain("16:40");
    }

    @Test
    void shouldDropParagraphsTheJsonLdBodyLacksWhenPageCarriesArticleBody() {
        String filler = " Die Stadt will außerdem die Deiche an drei Stellen erhöhen und neue Pumpen kaufen.";
        String one = STORY_ONE + filler;
        String two = STORY_TWO + filler;
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + one + " " + two + "\"}</script></head><body><article>"
                + "<p>" + one + "</p><p>Lesen Sie auch: Wie sicher sind unsere Brücken?</p><p>" + two + "</p>"
                + "<p>Video</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).isEqualTo(one + "\n\n" + two);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "metered paragraphs | <article><p>ONE</p><p class='paywall'>TWO</p></article>",
        "metered paragraphs by another word | <article><p>ONE</p><p class='body-text gated'>TWO</p></article>",
        "a copyright line that is a sentence of the story | <article><p>ONE</p><p>TWO</p></article>",
        "a heading that starts like a related list but is the story's | <article><p>ONE</p><h3>Related deaths rose in the north after the floods of last spring</h3><p>TWO</p></article>",
    })
    void shouldKeepStoryParagraphsWhenTheyLookLikeFurniture(String layout, String body) {
        String two = layout.startsWith("a copyright") ? "Copyright law in Austria protects a photograph for fifty years "
                + "after it was taken, the court in Vienna said on Monday, and the rule covers press pictures." : STORY_TWO;
        String html = "<html><body><div class='paywall-prompt'>Jetzt abonnieren</div>"
                + body.replace("ONE", STORY_ONE).replace("TWO", two) + "</body></html>";
        String heading = layout.startsWith("a heading") ? "Related deaths rose in the north after the floods of last spring\n\n"
                : "";
        assertThat(HtmlExtractor.extract(html).text()).as(layout).isEqualTo(STORY_ONE + "\n\n" + heading + two);
    }

    @Test
    void shouldKeepSubheadingWhenAnAdvertBoxFollowsItAndStoryTextFollowsTheBox() {
        String html = "<html><body><article><p>" + STORY_ONE + "</p><h2>Was die Sanierung kostet</h2>"
                + "<div class='ad-slot'><p>Anzeige</p></div><p>" + STORY_TWO + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text())
                .isEqualTo(STORY_ONE + "\n\nWas die Sanierung kostet\n\n" + STORY_TWO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the subheading in the middle of the story, whose words the articleBody lacks: kept
        "subheading between kept paragraphs | <h2>Ärger im Gemeinderat</h2> | true",
        // an h3 of the same kind
        "h3 subheading | <h3>Kritik von Anwohnern</h3> | true",
        // a short line that is no heading in the markup: still dropped by the referee
        "plain short line | <p>Ärger im Gemeinderat</p> | false",
    })
    void shouldKeepSubheadingsTheJsonLdBodyLacksWhenStoryTextFollowsThem(String layout, String middle, boolean kept) {
        String filler = " Die Stadt will außerdem die Deiche an drei Stellen erhöhen und neue Pumpen kaufen.";
        String one = STORY_ONE + filler;
        String two = STORY_TWO + filler;
        String heading = middle.replaceAll("<[^>]+>", "");
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + one + " " + two + "\"}</script></head><body><article>"
                + "<p>" + one + "</p>" + middle + "<p>" + two + "</p><h2>Weitere Themen heute</h2></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(layout)
                .isEqualTo(kept ? one + "\n\n" + heading + "\n\n" + two : one + "\n\n" + two);
    }

    @Test
    void shouldFindChineseStorySetInDivsWhenItsSentencesAreShorterThanLatinOnes() {
        // Each sentence is 45-55 Han characters: under the 100 characters that make Latin text outside
        // a <p> a paragraph, but as much information. The teaser list is set in <p>s.
        String[] story = {"广州市政府周一宣布，今年将在城区新建三十所公立幼儿园，以缓解适龄儿童入园难的问题，预计新增学位一万两千个。",
            "市教育局负责人表示，新建幼儿园将优先安排在人口增长较快的新区，并同步配套建设社区公园和公共停车场。",
            "据介绍，这批幼儿园的建设资金主要来自市级财政，部分项目将引入社会资本参与运营，收费标准由物价部门统一核定。"};
        String html = "<html><body><div class='content'><div>" + story[0] + "</div><div>" + story[1] + "</div><div>"
                + story[2] + "</div></div><div class='list'><p><a href='/a'>深圳地铁新线下月开通</a></p>"
                + "<p><a href='/b'>广东高考报名人数创新高</a></p><p><a href='/c'>珠海航展门票今起发售</a></p></div></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).isEqualTo(String.join("\n\n", story));
    }

    @Test
    void shouldKeepLongLeadParagraphWhenJsonLdBodyLeavesItOut() {
        String filler = " Die Stadt will außerdem die Deiche an drei Stellen erhöhen und neue Pumpen kaufen.";
        String lead = ("Am Morgen stand das Wasser in der Altstadt knietief, und die Händler trugen ihre Waren in die "
                + "oberen Stockwerke, während Helfer Sandsäcke vor die Türen legten. ").repeat(3).strip();
        String one = STORY_ONE + filler;
        String two = STORY_TWO + filler;
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + one + " " + two + "\"}</script></head><body><article>"
                + "<p class='has-dropcap'>" + lead + "</p><p>" + one + "</p><p>Lesen Sie auch: Wie sicher sind unsere "
                + "Brücken?</p><p>" + two + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).isEqualTo(lead + "\n\n" + one + "\n\n" + two);
    }

    @Test
    void shouldKeepMarkupBodyWhenJsonLdBodyIsOfAnotherStory() {
        String other = "Ein ganz anderer Text über Fußball, Tore und die Bundesliga am Wochenende in München. ".repeat(5);
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + other + "\"}</script></head><body><article><p>" + STORY_ONE + "</p><p>"
                + STORY_TWO + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).isEqualTo(STORY_ONE + "\n\n" + STORY_TWO);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldExtractShortStoryWhenPageIsOneAndAHalfMegabytesOfMarkup() {
        StringBuilder sb = new StringBuilder("<html><head>");
        while (sb.length() < 800_000) {
            sb.append("<script>var s = '").append("z".repeat(1_000)).append("';</script>");
        }
        sb.append("</head><body><nav>");
        for (int i = 0; sb.length() < 1_520_000; i++) {
            sb.append("<a href='/r/").append(i).append("'>Rubrik ").append(i).append("</a> ");
        }
        sb.append("</nav><article><p>").append(STORY_ONE).append("</p><p>").append(STORY_TWO)
                .append("</p></article></body></html>");
        assertThat(sb.length()).isGreaterThan(1_500_000);
        assertThat(HtmlExtractor.extract(sb.toString()).text()).isEqualTo(STORY_ONE + "\n\n" + STORY_TWO);
    }
}
