package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Dateline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private static final LocalDate REF = LocalDate.of(2026, 5, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                   | location    | display     | region      | date      | resolved   | agency                        | rest
        "PARIS, March 3 (Reuters) - Ministers met.                 | PARIS       | Paris       | -           | March 3   | 2026-03-03 | Reuters                       | Ministers met.",
        "TEHRAN, May 13 - Talks began.                             | TEHRAN      | Tehran      | -           | May 13    | 2026-05-13 | -                             | Talks began.",
        "WASHINGTON (Reuters) - The Senate voted.                  | WASHINGTON  | Washington  | -           | -         | -          | Reuters                       | The Senate voted.",
        "LONDON, Jan 5 (AFP) - Trains stopped.                     | LONDON      | London      | -           | Jan 5     | 2026-01-05 | AFP                           | Trains stopped.",
        "Kabul (AP) — Schools reopened.                            | Kabul       | Kabul       | -           | -         | -          | AP                            | Schools reopened.",
        "ISLAMABAD: A bomb exploded.                               | ISLAMABAD   | Islamabad   | -           | -         | -          | -                             | A bomb exploded.",
        "TEHRAN, Young Journalists Club (YJC) – Bahrami arrived.   | TEHRAN      | Tehran      | -           | -         | -          | Young Journalists Club (YJC)  | Bahrami arrived.",
        "TAUPO, New Zealand, March 23 - Prices rose.               | TAUPO       | Taupo       | New Zealand | March 23  | 2026-03-23 | -                             | Prices rose.",
        "MADRID, 4 ago (EFE).- Los vecinos salieron.               | MADRID      | Madrid      | -           | 4 ago     | 2025-08-04 | EFE                           | Los vecinos salieron.",
        "NIAMEY, 2 juin (AFP) - Les écoles ferment.                | NIAMEY      | Niamey      | -           | 2 juin    | 2025-06-02 | AFP                           | Les écoles ferment.",
        "Berlin (dpa) - Die Regierung einigte sich.                | Berlin      | Berlin      | -           | -         | -          | dpa                           | Die Regierung einigte sich.",
        "NAIROBI, Nov. 2 (Xinhua) -- Drought declared.             | NAIROBI     | Nairobi     | -           | Nov. 2    | 2025-11-02 | Xinhua                        | Drought declared.",
        "NEW YORK, MARCH 20, 1987 - Stocks fell.                   | NEW YORK    | New York    | -           | MARCH 20, 1987 | 1987-03-20 | -                   | Stocks fell.",
        "omaha, april 7 - Cattle prices rose.                      | omaha       | Omaha       | -           | april 7   | 2026-04-07 | -                             | Cattle prices rose.",
        "ST. LOUIS, May 1 - Output rose.                           | ST. LOUIS   | St. Louis   | -           | May 1     | 2026-05-01 | -                             | Output rose.",
        "RICHMOND, Va. Feb 26 - Sales rose.                        | RICHMOND    | Richmond    | Va.         | Feb 26    | 2026-02-26 | -                             | Sales rose.",
        "SÃO PAULO, 3 março (Reuters) - Ações subiram.             | SÃO PAULO   | São Paulo   | -           | 3 março   | 2026-03-03 | Reuters                       | Ações subiram.",
        "DÜSSELDORF, 3. März (dpa) - Der Rhein steigt.             | DÜSSELDORF  | Düsseldorf  | -           | 3. März   | 2026-03-03 | dpa                           | Der Rhein steigt.",
        "SAN JOSE, Calif., March 3 - Chip sales rose.              | SAN JOSE    | San Jose    | Calif.      | March 3   | 2026-03-03 | -                             | Chip sales rose.",
        "LONDON, Ont., March 3 (Reuters) - Wheat rose.             | LONDON      | London      | Ont.        | March 3   | 2026-03-03 | Reuters                       | Wheat rose.",
        "LONDON, Ont. (Reuters) - Wheat rose.                      | LONDON      | London      | Ont.        | -         | -          | Reuters                       | Wheat rose.",
        "PORTLAND, Maine, April 2 - Lobster prices fell.           | PORTLAND    | Portland    | Maine       | April 2   | 2026-04-02 | -                             | Lobster prices fell.",
        "SYDNEY, N.S.W., Australia, May 9 - Rain fell.             | SYDNEY      | Sydney      | N.S.W., Australia | May 9 | 2026-05-09 | -                         | Rain fell.",
        "QUETTA, Balochistan, June 4 (AFP) - Roads closed.         | QUETTA      | Quetta      | Balochistan | June 4    | 2025-06-04 | AFP                           | Roads closed.",
        // Chinese agency datelines: agency, place, date, 电, an optional reporter credit
        "新华社广州4月9日电 广东省今年将新建三所大学。              | 广州        | 广州        | -           | 4月9日    | 2026-04-09 | 新华社                        | 广东省今年将新建三所大学。",
        "中新社成都5月2日电（记者 陈静）成都地铁新线开通。         | 成都        | 成都        | -           | 5月2日    | 2026-05-02 | 中新社                        | 成都地铁新线开通。",
        "Multan, Apr 7: The district court adjourned the hearing.  | Multan      | Multan      | -           | Apr 7     | 2026-04-07 | -                             | The district court adjourned the hearing.",
    })
    void shouldReadDatelineWhenTextStartsWithOne(String text, String location, String display, String region,
            String date,
            String resolved, String agency, String rest) {
        var match = DatelineParser.parse(text, 0, REF);
        if (rest == null) {
            // Portuguese month names are not in the table: no dateline rather than a wrong one.
            assertThat(match).isEmpty();
            return;
        }
        assertThat(match).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.locationDisplay()).isEqualTo(display);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.resolvedDate()).isEqualTo(resolved == null ? null : LocalDate.parse(resolved));
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(text.substring(match.get().end())).isEqualTo(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text (\\n is a line break)                                         | location     | region                   | date       | agency       | rest
        "Lahore: The Punjab cabinet met on Monday.                              | Lahore       | -                        | -          | -            | The Punjab cabinet met on Monday.",
        "Gurgaon: Police have arrested two men over the fraud.                  | Gurgaon      | -                        | -          | -            | Police have arrested two men over the fraud.",
        "Dehradun: The state cabinet approved a new hill policy on Monday.      | Dehradun     | -                        | -          | -            | The state cabinet approved a new hill policy on Monday.",
        "Kiev: The city council has voted to rename three streets.              | Kiev         | -                        | -          | -            | The city council has voted to rename three streets.",
        "CAIRO, June 2: Egypt's cabinet approved the law.                       | CAIRO        | -                        | 2025-06-02 | -            | Egypt's cabinet approved the law.",
        "HERAT, Afghanistan: Families returned home.                            | HERAT        | Afghanistan              | -          | -            | Families returned home.",
        "DAKAR, Senegal — Fishermen say catches fell.                           | DAKAR        | Senegal                  | -          | -            | Fishermen say catches fell.",
        "QUITO, ECUADOR—Ecuador's council set a date.                           | QUITO        | ECUADOR                  | -          | -            | Ecuador's council set a date.",
        "KHARTOUM —Fighting resumed on Saturday.                                | KHARTOUM     | -                        | -          | -            | Fighting resumed on Saturday.",
        "ANKARA\\n\\nTürkiye's inflation slowed.                                  | ANKARA       | -                        | -          | -            | Türkiye's inflation slowed.",
        "GAZA CITY, Palestine\\n\\nStrikes hit a building.                        | GAZA CITY    | Palestine                | -          | -            | Strikes hit a building.",
        "Jammu, March 3, 2023\\nThe administration ordered a review.              | Jammu        | -                        | 2023-03-03 | -            | The administration ordered a review.",
        "MAIDUGURI (Borno, Nigeria), Jan 9 (NNN-XINHUA) — Troops freed 14 farmers. | MAIDUGURI | Borno, Nigeria           | 2026-01-09 | NNN-XINHUA   | Troops freed 14 farmers.",
        "Srinagar (Jammu and Kashmir) [India], March 3 (ANI): Snow fell.        | Srinagar     | Jammu and Kashmir, India | 2026-03-03 | ANI          | Snow fell.",
        "LUSAKA (Zambia) (NNN-ZANIS) -- Copper output rose.                     | LUSAKA       | Zambia                   | -          | NNN-ZANIS    | Copper output rose.",
        "ISLAMABAD, Jan 9 (Reuters) - The bank held rates.                      | ISLAMABAD    | -                        | 2026-01-09 | Reuters      | The bank held rates.",
        "BEIJING, March 3 (Xinhua) -- Retail sales rose.                        | BEIJING      | -                        | 2026-03-03 | Xinhua       | Retail sales rose.",
        "NEW DELHI (PTI): The court sought a reply.                             | NEW DELHI    | -                        | -          | PTI          | The court sought a reply.",
        "Patna, Oct 16 (PTI) Prime Minister Modi will speak.                    | Patna        | -                        | 2025-10-16 | PTI          | Prime Minister Modi will speak.",
        "TEHRAN (IRNA) – The minister will travel to Muscat.                    | TEHRAN       | -                        | -          | IRNA         | The minister will travel to Muscat.",
        "Tehran, IRNA – Exports reached a high.                                 | Tehran       | -                        | -          | IRNA         | Exports reached a high.",
        "WASHINGTON (AP) — The House passed the bill.                           | WASHINGTON   | -                        | -          | AP           | The House passed the bill.",
        "KYIV, Ukraine (AP) — Drones struck overnight.                          | KYIV         | Ukraine                  | -          | AP           | Drones struck overnight.",
        "Paris (AFP) - Les syndicats appellent à la grève.                      | Paris        | -                        | -          | AFP          | Les syndicats appellent à la grève.",
        "PARIS, 3 mars (AFP) - Le Parlement a adopté la loi.                    | PARIS        | -                        | 2026-03-03 | AFP          | Le Parlement a adopté la loi.",
        "MADRID, 5 mar (EFE).- El Gobierno aprobó el plan.                      | MADRID       | -                        | 2026-03-05 | EFE          | El Gobierno aprobó el plan.",
        "BERLIN (dpa) - Die Regierung einigte sich.                             | BERLIN       | -                        | -          | dpa          | Die Regierung einigte sich.",
        "Dubai, 29th November, 2015 (WAM) - The emirate launched a plan.        | Dubai        | -                        | 2015-11-29 | WAM          | The emirate launched a plan.",
        "UNITED NATIONS, April 30. /TASS/. The council will meet.               | UNITED NATIONS | -                      | 2026-04-30 | TASS         | The council will meet.",
        "Riyadh, March 3, 2023, SPA -- The cabinet approved the system.         | Riyadh       | -                        | 2023-03-03 | SPA          | The cabinet approved the system.",
        "YEREVAN, MARCH 3, ARMENPRESS. The government approved the code.        | YEREVAN      | -                        | 2026-03-03 | ARMENPRESS   | The government approved the code.",
        "SEOUL, South Korea, Jan. 3 (UPI) -- The two Koreas made contact.       | SEOUL        | South Korea              | 2026-01-03 | UPI          | The two Koreas made contact.",
        "Bogotá, 3 mar (EFE).- El presidente anunció cambios.                   | Bogotá       | -                        | 2026-03-03 | EFE          | El presidente anunció cambios.",
        "Düsseldorf, 3. März (dpa) - Der Landtag stimmte zu.                    | Düsseldorf   | -                        | 2026-03-03 | dpa          | Der Landtag stimmte zu.",
        "NEW YORK, March 3, 2026 /PRNewswire/ -- Acme Corp announced results.   | NEW YORK     | -                        | 2026-03-03 | PRNewswire   | Acme Corp announced results.",
        "(ANSA) - ROME, March 3 - Italy's premier met the unions.               | ROME         | -                        | 2026-03-03 | ANSA         | Italy's premier met the unions.",
        "MOSCOW. March 3 (Interfax) - Gazprom raised its forecast.              | MOSCOW       | -                        | 2026-03-03 | Interfax     | Gazprom raised its forecast.",
        "WASHINGTON (AP) _ The Senate voted late Thursday.                      | WASHINGTON   | -                        | -          | AP           | The Senate voted late Thursday.",
        "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced a deal.       | SAN FRANCISCO | -                       | -          | BUSINESS WIRE | Acme Inc. today announced a deal.",
        "NEW YORK, March 3, 2026 (GLOBE NEWSWIRE) -- Acme Corp reported sales.  | NEW YORK     | -                        | 2026-03-03 | GLOBE NEWSWIRE | Acme Corp reported sales.",
        // Colon glued to the story; dates in parentheses, after a slash, in Italian, Malay, Russian, Czech
        "MULTAN:The district court adjourned the hearing.                       | MULTAN       | -                        | -          | -            | The district court adjourned the hearing.",
        "SHAH ALAM (Sept 4): Flood waters receded in two districts.             | SHAH ALAM    | -                        | 2025-09-04 | -            | Flood waters receded in two districts.",
        "Gondar, April 2/2024(ENA) Farmers received improved seed.               | Gondar       | -                        | 2024-04-02 | ENA          | Farmers received improved seed.",
        "Torino, 4 mag. (askanews) – Il sindaco ha presentato il piano.         | Torino       | -                        | 2026-05-04 | askanews     | Il sindaco ha presentato il piano.",
        "MELAKA, 5 Mei (Bernama) -- Polis menahan dua lelaki.                   | MELAKA       | -                        | 2026-05-05 | Bernama      | Polis menahan dua lelaki.",
        "САМАРА, 2 апреля. /ТАСС/. Движение по мосту открыли.                    | САМАРА       | -                        | 2026-04-02 | ТАСС         | Движение по мосту открыли.",
        "ПЕРМЬ, 2 апр — РИА Новости. Движение по мосту открыли.                  | ПЕРМЬ        | -                        | 2026-04-02 | РИА Новости  | Движение по мосту открыли.",
        "Ostrava 2. dubna (ČTK) - Radnice opraví most.                          | Ostrava      | -                        | 2026-04-02 | ČTK          | Radnice opraví most.",
        "Santiago de Cuba, (Prensa Latina) The port reopened.                   | Santiago de Cuba | -                    | -          | Prensa Latina | The port reopened.",
        "MIRI, — Officials said the road would reopen.                          | MIRI         | -                        | -          | -            | Officials said the road would reopen.",
        "Homs, SANA-Repairs began at the power station.                         | Homs         | -                        | -          | SANA         | Repairs began at the power station.",
        "(인천=연합뉴스) 박지성 기자 = 인천공항이 새 터미널을 열었다.             | 인천         | -                        | -          | 연합뉴스     | 인천공항이 새 터미널을 열었다.",
        "【パリ共同】フランス政府は新しい予算案を発表した。                       | パリ         | -                        | -          | 共同         | フランス政府は新しい予算案を発表した。",
        // Arabic-script agencies: KUNA, WAM, Petra, SANA, SPA (Hijri then Gregorian), WAFA, IRNA, APP, AFP
        "الجهراء - 7 - 4 (كونا) -- افتتح المحافظ مدرسة جديدة.                   | الجهراء      | -                        | 2026-04-07 | كونا         | افتتح المحافظ مدرسة جديدة.",
        "الشارقة في 3 مارس / وام / أعلنت البلدية خطة للنقل.                     | الشارقة      | -                        | 2026-03-03 | وام          | أعلنت البلدية خطة للنقل.",
        "الزرقاء 12 أيار (بترا) - بدأت أعمال صيانة الطريق.                      | الزرقاء      | -                        | 2026-05-12 | بترا         | بدأت أعمال صيانة الطريق.",
        "حمص-سانا\\nزار وزير الصحة المستشفى الوطني.                            | حمص          | -                        | -          | سانا         | زار وزير الصحة المستشفى الوطني.",
        "الدمام 2 شوال 1447 هـ الموافق 21 مارس 2026 م واس\\nأطلقت الإمارة مشروعا. | الدمام     | -                        | 2026-03-21 | واس          | أطلقت الإمارة مشروعا.",
        "الخليل 9-2-2026 وفا- افتتحت البلدية سوقا جديدا.                         | الخليل       | -                        | 2026-02-09 | وفا          | افتتحت البلدية سوقا جديدا.",
        "أصفهان- ایرنا- استاندار از طرح جدید خبر داد.                            | أصفهان       | -                        | -          | ایرنا        | استاندار از طرح جدید خبر داد.",
        "عدن - سبأ : افتتحت السلطة المحلية مستشفى جديدا.                          | عدن          | -                        | -          | سبأ          | افتتحت السلطة المحلية مستشفى جديدا.",
        "البصرة – واع أعلنت الشركة زيادة الصادرات.                               | البصرة       | -                        | -          | واع          | أعلنت الشركة زيادة الصادرات.",
        "فاس - ومع : أطلقت الجماعة برنامجا للنقل.                                 | فاس          | -                        | -          | ومع          | أطلقت الجماعة برنامجا للنقل.",
        "کراچی (اے پی پی) سندھ حکومت نے نیا منصوبہ شروع کیا۔                     | کراچی        | -                        | -          | اے پی پی     | سندھ حکومت نے نیا منصوبہ شروع کیا۔",
        "الجزائر، 14 جانفي (أ ف ب) - أعلنت الحكومة خطة جديدة.                    | الجزائر      | -                        | 2026-01-14 | أ ف ب        | أعلنت الحكومة خطة جديدة.",
        "صُحار في 9 مارس /العُمانية/ افتتحت الشركة مصنعا جديدا.                  | صُحار        | -                        | 2026-03-09 | العُمانية    | افتتحت الشركة مصنعا جديدا.",
        // a mixed-case place alone on the first line, then a blank line (Anadolu)
        "Izmir\\n\\nExports from the port rose in April.                        | Izmir        | -                        | -          | -            | Exports from the port rose in April.",
        "Kota Kinabalu\\n\\nThe state assembly met on Monday.                   | Kota Kinabalu | -                       | -          | -            | The state assembly met on Monday.",
        // ITAR-TASS outlooks' spaced double hyphen; Kyodo's agency without parentheses; PIA's dash
        "VOLGOGRAD - - A new bridge will open on Friday.                         | VOLGOGRAD    | -                        | -          | -            | A new bridge will open on Friday.",
        "SENDAI, Feb. 4 Kyodo - Snow closed the expressway on Sunday.            | SENDAI       | -                        | 2026-02-04 | Kyodo        | Snow closed the expressway on Sunday.",
        "BACOLOD CITY, PIA- The city opened a new market on Monday.              | BACOLOD CITY | -                        | -          | PIA          | The city opened a new market on Monday.",
        // Europa Press: the day alone; Télam and EFE: '12 de octubre' before the agency
        "GIJÓN, 12 (EUROPA PRESS) El puerto batió su récord de tráfico.          | GIJÓN        | -                        | 2026-05-12 | EUROPA PRESS | El puerto batió su récord de tráfico.",
        "BILBAO, 9 (EUROPA PRESS)\\n\\nEl metro cerrará dos estaciones.           | BILBAO       | -                        | 2026-05-09 | EUROPA PRESS | El metro cerrará dos estaciones.",
        "Salta, 4 de junio (Télam).- La provincia abrió una nueva escuela.       | Salta        | -                        | 2025-06-04 | Télam        | La provincia abrió una nueva escuela.",
        // IANS: the byline names the agency, then the place and a colon
        "By IANS, Bhopal : Teachers ended their strike on Friday.                | Bhopal       | -                        | -          | IANS         | Teachers ended their strike on Friday.",
        "By Arun Rao, IANS, Chennai : The port handled record cargo.             | Chennai      | -                        | -          | IANS         | The port handled record cargo.",
        // Kazinform's agency after a full stop; Trend's agency on the line after the date; MTI's day stop
        "KARAGANDA. KAZINFORM - The mine reopened on Monday.                     | KARAGANDA    | -                        | -          | KAZINFORM    | The mine reopened on Monday.",
        "Lankaran, Azerbaijan, Jan. 9\\nTrend:\\nThe tea harvest began early.     | Lankaran     | Azerbaijan               | 2026-01-09 | Trend        | The tea harvest began early.",
        "Shaki, Azerbaijan, Jan. 9\\n\\nBy Leyla Mammadova - Trend:\\n\\nThe silk fair opened. | Shaki | Azerbaijan          | 2026-01-09 | Trend        | The silk fair opened.",
        "Győr, March 3. (MTI) - The factory hired 200 workers.                   | Győr         | -                        | 2026-03-03 | MTI          | The factory hired 200 workers.",
        // Croatian, Polish and Turkish months (text/months.txt)
        "OSIJEK, 7. svibnja (Hina) - Grad je otvorio novi most.                  | OSIJEK       | -                        | 2026-05-07 | Hina         | Grad je otvorio novi most.",
        "Gdańsk, 3 marca (PAP) - Stocznia zatrudni 300 osób.                     | Gdańsk       | -                        | 2026-03-03 | PAP          | Stocznia zatrudni 300 osób.",
        "Bursa, 14 Şubat (AA) - Kentte yeni bir köprü açıldı.                    | Bursa        | -                        | 2026-02-14 | AA           | Kentte yeni bir köprü açıldı.",
        // "listopada" is October in Croatian (an ordinal day with a full stop), November in Polish (without)
        "OSIJEK, 7. listopada (Hina) - Grad je otvorio novi most.                | OSIJEK       | -                        | 2025-10-07 | Hina         | Grad je otvorio novi most.",
        "Lublin, 7 listopada (PAP) - Miasto otworzyło nowy most.                 | Lublin       | -                        | 2025-11-07 | PAP          | Miasto otworzyło nowy most.",
        // UPI and Reuters without a place: date and agency only (also with the double hyphen against the story)
        "Feb. 11 (UPI) -- Two tankers collided off the coast on Tuesday.         | -            | -                        | 2026-02-11 | UPI          | Two tankers collided off the coast on Tuesday.",
        "Feb. 11 (UPI) --Two tankers collided off the coast on Tuesday.          | -            | -                        | 2026-02-11 | UPI          | Two tankers collided off the coast on Tuesday.",
        "March 3 (Reuters) - Oil prices rose in early trade on Tuesday.         | -            | -                        | 2026-03-03 | Reuters      | Oil prices rose in early trade on Tuesday.",
        // Nigerian newspaper bylines ending in the reporter's place, alone on the first line
        "From Yusuf Danladi, Katsina\\nThe emir has opened a new maternity ward.   | Katsina      | -                        | -          | -            | The emir has opened a new maternity ward.",
        "By Ifeoma Nwachukwu-Obi, Owerri\\nTeachers resumed work on Monday.        | Owerri       | -                        | -          | -            | Teachers resumed work on Monday.",
        "From Halima Umar, Birnin Kebbi\\nThe river has burst its banks again.     | Birnin Kebbi | -                        | -          | -            | The river has burst its banks again.",
        // ANSA's English service: the byline in brackets before the dateline; EFE's full stop before the dash
        "(by Ana Ferri) Rome, July 26 - Police arrested two men on Friday.       | Rome         | -                        | 2025-07-26 | -            | Police arrested two men on Friday.",
        "Cali.- Al menos diez personas murieron el lunes.                        | Cali         | -                        | -          | -            | Al menos diez personas murieron el lunes.",
        // The Hindu: the place ends the timestamp line
        "Updated - May 02, 2026 08:15 pm IST - KOCHI\\n\\nThe port handled more ships. | KOCHI        | -                        | -          | -            | The port handled more ships.",
        "Published - May 02, 2026 08:15 pm IST - NAVI MUMBAI\\nTolls rose on Monday. | NAVI MUMBAI  | -                        | -          | -            | Tolls rose on Monday.",
        // German, Austrian and Swiss papers' short form: the place and a full stop ("Ort.")
        "Berlin. Die Bauminister der Länder fordern schnellere Verfahren.         | Berlin       | -                        | -          | -            | Die Bauminister der Länder fordern schnellere Verfahren.",
        "Wien. Die Regierung will die Pendlerpauschale erhöhen.                  | Wien         | -                        | -          | -            | Die Regierung will die Pendlerpauschale erhöhen.",
        "Frankfurt am Main. Die Zahl der Fluggäste ist erneut gestiegen.         | Frankfurt am Main | -                   | -          | -            | Die Zahl der Fluggäste ist erneut gestiegen.",
        "Lützenhagen.  Ein Mann ist bei einem Brand in seinem Haus gestorben.   | Lützenhagen  | -                        | -          | -            | Ein Mann ist bei einem Brand in seinem Haus gestorben.",
        // KNA without a dash, epd with a full stop
        "Bonn (KNA) Die Bischöfe haben sich für einen besseren Schutz ausgesprochen. | Bonn     | -                        | -          | KNA          | Die Bischöfe haben sich für einen besseren Schutz ausgesprochen.",
        "Hannover (epd). Niedersachsen will mehr Geld bereitstellen.             | Hannover     | -                        | -          | epd          | Niedersachsen will mehr Geld bereitstellen.",
        // a story filed from two bureaus: located at the first place
        "Bremen/Oldenburg. Die Kliniken der beiden Städte wollen zusammenarbeiten. | Bremen    | -                        | -          | -            | Die Kliniken der beiden Städte wollen zusammenarbeiten.",
        "Linz/Salzburg (APA) - Die Bahn baut die Westbahn weiter aus.            | Linz         | -                        | -          | APA          | Die Bahn baut die Westbahn weiter aus.",
        "PARIS/ROME, May 5 (Reuters) - Both governments backed the plan.          | PARIS        | -                        | 2026-05-05 | Reuters      | Both governments backed the plan.",
        "MADRID/LISBON (Reuters) - Power returned to most homes overnight.        | MADRID       | -                        | -          | Reuters      | Power returned to most homes overnight.",
        "Colombo/Chennai: Fishermen from both sides met on Sunday.                | Colombo      | -                        | -          | -            | Fishermen from both sides met on Sunday.",
        "NAIROBI/KAMPALA — Rail freight between the two capitals resumed.         | NAIROBI      | -                        | -          | -            | Rail freight between the two capitals resumed.",
        // a metropolitan area written with a slash and qualified by its state is one place
        "RALEIGH/DURHAM, N.C., May 5 - The airport added three routes.            | RALEIGH/DURHAM | N.C.                   | 2026-05-05 | -            | The airport added three routes.",
        // s32 (QA cause C4): a credit group of publisher(s), agency and date in parentheses, then " :"
        "Jos, Nigeria, (Plateau Herald / Middle Belt Point News - NAN - 4th Mar, 2026 ) :Traders reopened the market. | Jos | Nigeria | 2026-03-04 | NAN | Traders reopened the market.",
        "HYDERABAD, (Sindh Courier - 12th Feb, 2026 ) : The canal breach was plugged. | HYDERABAD | -         | 2026-02-12 | -            | The canal breach was plugged.",
        // a place and an agency on a line of their own, hyphenated or spaced; an agency line, then a town line
        "IZMIR-Anadolu Agency\\n\\nA ferry ran aground off the coast.       | IZMIR        | -                        | -          | Anadolu Agency | A ferry ran aground off the coast.",
        "CHITTAGONG - UNB\\n\\nThe port cleared a record number of containers. | CHITTAGONG | -                     | -          | UNB          | The port cleared a record number of containers.",
        "IANS\\nMombasa\\nThe port authority raised its fees.                | Mombasa      | -                        | -          | IANS         | The port authority raised its fees.",
        // an agency's credit line with a numeric date and a time, and no place
        "AA 14.05.2026 09:12\\n\\nBursa'da bir fabrikada yangın çıktı.     | -            | -                        | 2026-05-14 | AA           | Bursa'da bir fabrikada yangın çıktı.",
        // a dash set against the story: spaced before, or glued to an all-capitals town
        "OTTAWA (Reuters) -Lindqvist Foods raised its forecast on Tuesday.   | OTTAWA       | -                        | -          | Reuters      | Lindqvist Foods raised its forecast on Tuesday.",
        "HYDERABAD -The district court granted bail to two men.              | HYDERABAD    | -                        | -          | -            | The district court granted bail to two men.",
        "QUETTA-Two policemen were hurt in a blast on Sunday.                | QUETTA       | -                        | -          | -            | Two policemen were hurt in a blast on Sunday.",
        // a status flag in brackets is skipped, not read as the agency
        "KIDAPAWAN, Cotabato (UPDATE) -- Classes resumed on Monday.          | KIDAPAWAN    | Cotabato                 | -          | -            | Classes resumed on Monday.",
        "CEBU CITY (PNA) (CORRECTED) -- The ferry resumed its trips.          | CEBU CITY    | -                        | -          | PNA          | The ferry resumed its trips.",
        "TOKYO (FLASH) -- A strong quake shook the capital.                   | TOKYO        | -                        | -          | -            | A strong quake shook the capital.",
        // s33: a place and a comma alone on the line (the page left the date and agency out)
        "ILORIN,\\n\\nArmed men kidnapped two farmers on Sunday.               | ILORIN       | -                        | -          | -            | Armed men kidnapped two farmers on Sunday.",
        "MINNA,\\nA tanker exploded near the highway on Monday.                 | MINNA        | -                        | -          | -            | A tanker exploded near the highway on Monday.",
        "Minna,\\n\\nA tanker exploded near the highway on Monday.              | Minna        | -                        | -          | -            | A tanker exploded near the highway on Monday.",
        // s33: the agency, the place and its country alone on the first line
        "AFP Toulouse (France)\\nA train derailed near the station.             | Toulouse     | France                   | -          | AFP          | A train derailed near the station.",
        "AP Reno (US)\\n\\nA man was arrested on Monday.                          | Reno         | US                       | -          | AP           | A man was arrested on Monday.",
        "Reuters Durban\\nPort workers went on strike on Friday.                 | Durban       | -                        | -          | Reuters      | Port workers went on strike on Friday.",
        // s33 QA: a credit group closed by its bracket, the story right after it
        "MULTAN, (Daily Courier / Ravi Point News - APP - 2nd Nov, 2025) Cotton growers met. | MULTAN | -               | 2025-11-02 | APP          | Cotton growers met.",
        // s33 QA: an outlet's domain before or after the place is the agency, never the place
        "TEMPO.CO, Surabaya - Hujan deras turun sejak pagi.                  | Surabaya     | -                        | -          | TEMPO.CO     | Hujan deras turun sejak pagi.",
        "Liputan6.com, Bandung - Hujan deras turun sejak pagi.               | Bandung      | -                        | -          | Liputan6.com | Hujan deras turun sejak pagi.",
        "MEDAN, kabarsumut.net - Polisi menangkap dua orang.                 | MEDAN        | -                        | -          | kabarsumut.net | Polisi menangkap dua orang.",
        // s33 QA: an agency alone with its date is no town of that name
        "Antara, March 3, 2026\\nThe storm hit the coast.                     | -            | -                        | 2026-03-03 | Antara       | The storm hit the coast.",
        // s33 QA: Report.az's and APA's "Place. Day Month. OUTLET/"
        "Ganja. 12 March. APA/ The parliament met on Monday.                 | Ganja        | -                        | 2026-03-12 | APA          | The parliament met on Monday.",
        // s34 QA: a listed town in mixed case and a double hyphen glued to the story
        "Izmir--Firefighters put out the fire after two days, officials said. | Izmir       | -                        | -          | -            | Firefighters put out the fire after two days, officials said.",
        // s34 QA: APP sets the story against the colon after the agency
        "HYDERABAD, Mar 12 (APP):The district began a campaign on Wednesday.  | HYDERABAD   | -                        | 2026-03-12 | APP          | The district began a campaign on Wednesday.",
        // s34 QA: a German police desk's district bracket, then the ots credit in lower case (a town off the list)
        "Kleinhausen (LK MSE) (ots). Ein Radfahrer wurde verletzt.          | Kleinhausen  | LK MSE                   | -          | ots          | Ein Radfahrer wurde verletzt.",
        // s34 QA: a regional desk's code alone heads the story
        "(rtn) Auf der Kreisstraße ist ein Lastwagen umgekippt.              | -            | -                        | -          | rtn          | Auf der Kreisstraße ist ein Lastwagen umgekippt.",
        "(lnw) - Der Landtag tagt am Freitag in der Hauptstadt.               | -            | -                        | -          | lnw          | Der Landtag tagt am Freitag in der Hauptstadt.",
        // s35 QA: AP's web copy without the dash after a region and the agency
        "MERIDIAN, Miss. (AP) A deputy was hurt in a crash on Friday.         | MERIDIAN     | Miss.                    | -          | AP           | A deputy was hurt in a crash on Friday.",
        "KINGSTON, Ont. (Reuters) Police closed the bridge.                  | KINGSTON     | Ont.                     | -          | Reuters      | Police closed the bridge.",
        // s35 QA: a portal's domain alone where the place would stand names the agency, never a town
        "KABARSEMARANG.COM - Polisi menangkap dua pria.                      | -            | -                        | -          | KABARSEMARANG.COM | Polisi menangkap dua pria.",
    })
    void shouldReadOtherAgenciesDatelinesWhenTextStartsWithOne(String text, String location, String region,
            String resolved, String agency, String rest) {
        String input = text.replace("\\n", "\n");
        var match = DatelineParser.parse(input, 0, REF);
        assertThat(match).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.resolvedDate()).isEqualTo(resolved == null ? null : LocalDate.parse(resolved));
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(input.substring(match.get().end())).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Lahore: a city of gardens, smog and traffic.",
        "Lahore: Smog chokes the city again\nThe index crossed 400.",
        "Bangalore: Traffic woes, tech parks and a rainy week\nThe city waits.",
        "HAZ-Liveticker, 3. März: Der Dax schließt leicht im Plus.",
        "Kurier-Newsblog, 3. März: Der ATX schloss 0,5 Prozent höher.",
        "Islamabad: Where is the money going? An investigation.",
        "Imran Khan: We will not bow to pressure\nThe former premier spoke.",
        "Dear Editor: I write to protest the new parking rules.",
        "Summary: The cabinet approved the budget. The opposition did not.",
        "EXCLUSIVE: Bank plans to cut jobs\n\nThe bank will cut jobs.",
        "Monday, March 3 - The markets opened lower.",
        "BREAKING NEWS\n\nA strong earthquake struck.",
        "LAHORE SMOG\n\nSchools were closed.",
        "Pakistan\n\nThe government approved the budget.",
        "Kabul (AP) reported that the schools were closed.",
        "Kabul, March 3 was the coldest day of the year.",
        "Berlin (Germany) ist der Ort der Konferenz.",
        "Nairobi, Kenya is a regional hub for aid agencies.",
        "Lahore, Pakistan's second city, is choking on smog.",
        "Madrid, 5 de marzo de 2023\n\nEstimado señor director:",
        "Paris, le 3 mars 2023\n\nMadame, Monsieur,",
        "Berlin, den 3. März 2023\n\nSehr geehrte Damen und Herren,",
        "London - the city that never sleeps - woke up.",
        "Reporter: The minister said the talks had failed.",
        "IMAGE: GETTY IMAGES",
        "(Reuters) - Oil prices rose on Tuesday.",
        "(AP) — A strong earthquake struck the coast.",
        "ST. LOUIS. The city council voted on Monday.",
        "NOTE:The figures are provisional.",
        "WATCH:The bridge collapses into the river.",
        "Chelsea:The club sacked its manager.",
        "Score 3:1 after extra time.",
        "KARACHI:karachi is hot.",
        "SHAH ALAM (file): The city at dusk.",
        "Roma, la capitale, si prepara.",
        "Санкт-Петербург, 3 марта — день, когда открылась навигация.",
        "Praha 3 má nového starostu.",
        "(사진=연합뉴스) 시민들이 집회에 참석했다.",
        "【速報】政府が対策を発表した。",
        "Damascus, SANA reported the convoy arrived.",
        "القاهرة في عيون المصورين الأجانب.",
        "الرياض في 3 مارس 2026 شهدت أمطارا غزيرة.",
        "الشارقة (الإمارات) تحتفي بالكتاب.",
        "رئيس الوزراء (رويترز)\\nوصل رئيس الوزراء إلى بغداد.",
        "بغداد: انفجار قرب السوق",
        "حمص - مدينة العاصي - تستعد للمهرجان.",
        "Germany\\n\\nThe coalition agreed a budget.",
        "Nouvelle-Zélande\\n\\nLe gouvernement a présenté son budget.",
        "Trending\\n\\nThe most read stories today.",
        "Bernama\\n\\nThe ministry said the talks went well.",
        "Izmir\\n\\nthe port in pictures",
        // a topic or a person as a heading, alone before a blank line: no town of 10,000 people has the name
        "Cricket\\n\\nThe board named a new captain on Monday.",
        "Brexit\\n\\nThe talks resumed in Brussels.",
        "Erdogan\\n\\nThe president spoke to reporters after prayers.",
        "Wahlen\\n\\nDie Partei hat ihr Programm vorgestellt.",
        // advisories, an agency alone, a day number that is not a date, a letter's heading, a byline naming no agency
        "ADVANCE FOR USE SUNDAY, DEC. 6\\n\\nThe clinic has one nurse.",
        "EMBARGOED UNTIL 00:01 GMT, NOV. 30\\n\\nThe report finds hunger rose.",
        "IANS\\n\\nThe court sought a reply on Monday.",
        "BILBAO, 9 claves de la nueva ley de vivienda",
        "Bilbao, 9 años después, recuerda la riada.",
        "Salta, 4 de junio de 2024\\n\\nSeñor director: Le escribo por el servicio de agua.",
        "By Arun Rao, Staff Writer : a profile of the port",
        "Volgograd - - the hero city - marks its anniversary.",
        "KARAGANDA. The mine town, in pictures",
        "Osijek, 7. svibnja je dan grada.",
        // a date and something in parentheses that is not a place-less agency's dateline
        "Feb. 11 (Valentine's Eve) -- florists braced for the rush.",
        "Feb. 11 (local time) was the deadline for the bids.",
        // bylines and openings that start like a Nigerian byline with a place but are not one
        "By Yusuf Danladi, Senior Correspondent\\nThe emir has opened a new ward.",
        "From Halima Umar, Kebbi State Editor\\nThe river has burst its banks.",
        "From Our Correspondent\\nThe river has burst its banks.",
        "By Friday, Katsina had received its first vaccines.\\nOfficials were pleased.",
        "From Kano to Katsina, the road is lined with new stalls.\\nTraders are pleased.",
        "By Ngozi Eze, Reuters\\nOil output rose in October.",
        // a byline ending in an outlet, not a place
        "By Jane Doe, Associated Press\\nThe storm weakened overnight.",
        "By Jane Doe, The Guardian\\nThe storm weakened overnight.",
        "By Jane Doe, CNN\\nThe storm weakened overnight.",
        "From Ade Bello, Daily Trust\\nThe governor signed the budget.",
        "By Ade Bello, Premium Times\\nThe governor signed the budget.",
        "Por Ana Gómez, El País\\nEl Gobierno aprobó el presupuesto.",
        // timestamp lines that end in no place
        "Updated - May 02, 2026 08:15 pm IST\\n\\nThe port handled more ships.",
        "Updated - May 02, 2026 08:15 pm IST - Special Correspondent\\n\\nThe port handled more ships.",
        "Published - May 02, 2026 08:15 pm IST - FILE PHOTO: PTI\\n\\nThe port handled more ships.",
        "Updated - KOCHI\\n\\nThe port handled more ships.",
        // a slash between names that are not both places, and no date or agency to vouch for them
        "Bremen/Oldenburg-Strecke: Die Bahn will die Gleise ab Juni erneuern.",
        "Either/Or: the choice facing voters is starker than it looks.",
        "Kiel/Bahnhofstraße. Die Stadt sperrt die Kreuzung ab Montag.",
        // hyphenated words and pairs, caption lines under a credit, an unlisted word after a hyphen
        "QUETTA-based traders closed their shops on Monday.",
        "ANTI-SMUGGLING drive nets three trucks at the border.",
        "BADEN-BADEN\\n\\nDie Stadt feiert ihr Jubiläum.",
        "Izmir-Ankara\\n\\nThe new motorway opens in June.",
        "IZMIR-Ankara Express\\n\\nThe new train runs twice a day.",
        "IANS\\nRepresentational picture\\nThe state will hire teachers.",
        "AFP\\nFile photo of the tower.\\nThe tower reopened.",
        "AA 14.05.2099 09:12\\n\\nBursa'da bir fabrikada yangın çıktı.",
        "AA Batteries 14.05.2026\\n\\nThe shop sold out.",
        "Kidapawan (Update) is the name of the new app.",
        "HYDERABAD, (Sindh Courier - Special Report ) : The canal breach was plugged.",
        "RPT --Shares rose on Monday after the bank's report.",
        // s33: two places joined by "and" in prose; a place and a comma before a list or a clause
        "Sydney and Melbourne are the biggest cities in the country.",
        "Kano and Kaduna (Nigeria) will share a new rail link.",
        "Moscow and Kyiv: what we know about the prisoner swap",
        "Toronto and Ottawa - two cities at odds - set their budgets.",
        "Jammu and Kashmir: The valley is cut off by snow.",
        "MINNA,\\nBIDA and SULEJA were flooded this week.",
        "Kaduna,\\nZaria and Kafanchan were hit by storms.",
        "KANO, the largest city in the north, is without power.",
        "Dear Members,\\n\\nThe club will close in June.",
        // s33: an agency and a word that is no town before a line break
        "AP Photo\\nA man walks past a burning car.",
        "AP Fact Check (US)\\nClaims about the count are false.",
        "AFP Sport (Paris)\\nThe club signed a goalkeeper on Friday.",
        "Reuters Kabul bureau\\nThe office moved on Monday.",
        // s33 QA guards: a domain or an agency in prose; no outlet after the date; a publisher's names without a date
        "Example.com, a retailer, said it would cut jobs.",
        "Xinhua, the state news agency, said the talks ended.",
        "Dr.Who, the series, returns on Saturday.",
        "Ganja. 12 March. The sowing season began.",
        "LAHORE, (Daily Courier / Indus Point News) The court adjourned.",
        // s34 guards: a hyphenated word and a place off the list before a double hyphen; notes and capitalised
        // words in brackets at the head; a bracket glued to the story; a colon glued to a lower-case word
        "Coca-Cola--the drink, not the company--was chosen.",
        "Zyzzyxville--Residents voted on Monday.",
        "Izmir--the city--voted on Monday.",
        "(Updated) The council moved the vote to Friday.",
        "(Photo) Crowds gather at the square.",
        "(file) The bridge in 1990.",
        "(sic) Their words, not ours.",
        "(rtn)Auf der Kreisstraße ist ein Lastwagen umgekippt.",
        "(Opinion) Why the city needs more buses.",
        "HYDERABAD, Mar 12 (APP):the list follows.",
        // s34 QA: a listed agency in capitals where the place would stand is the agency's name
        "IRNA - Islamic Republic News Agency",
        "IRNA - the agency said the talks would resume.",
        "BERNAMA -- The ministry said on Monday it would review the rules.",
        // s35: no dash and the agency unlisted, a caption's credit, or a place in mixed case: no dateline
        "MERIDIAN, Miss. (Photo) A deputy was hurt.",
        "Jane Roe, Meridian (AP) Photo of the crash.",
        "Meridian, Miss. (AP) A deputy was hurt.",
    })
    void shouldFindNoDatelineWhenAnOpeningOnlyLooksLikeOne(String text) {
        assertThat(DatelineParser.parse(text.replace("\\n", "\n"), 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "-", value = {
        // s35 QA: the outlet between bars after the place (Ugandan and Kenyan portals)
        "GULU, Uganda | THE OBSERVER | Police said two men were held. # GULU # Uganda # THE OBSERVER # Police said two men were held.",
        "Masaka, Uganda | Nilepost.co.ug | The council met on Monday. # Masaka # Uganda # Nilepost.co.ug # The council met on Monday.",
        "NAKURU, KENYA | THE TRIBUNE | Three men were charged. # NAKURU # KENYA # THE TRIBUNE # Three men were charged.",
        // not the form: a lower-case field, a lower-case story
        "Rome, Italy | a day out | Tourists came. # - # - # - # -",
        "GULU, Uganda | THE OBSERVER | police said two men were held. # - # - # - # -",
    })
    void shouldReadTheOutletBetweenBarsWhenItFollowsThePlace(String text, String location, String region,
            String agency, String rest) {
        var match = DatelineParser.parse(text, 0, REF);
        assertThat(match.map(m -> m.dateline().location()).orElse(null)).as(text).isEqualTo(location);
        assertThat(match.map(m -> m.dateline().region()).orElse(null)).as(text).isEqualTo(region);
        assertThat(match.map(m -> m.dateline().agency()).orElse(null)).as(text).isEqualTo(agency);
        assertThat(match.map(m -> text.substring(m.end())).orElse(null)).as(text).isEqualTo(rest);
    }

    /** Portals' field line: agency, place, timestamp, separated by pipes; the story on the next line. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "PTI | Kasauli | Updated: 09-04-2031 10:18 IST\\nTwo buses collided on the highway. ; Kasauli ; PTI ; Two buses collided on the highway.",
        "ANI | New Delhi | 2 days ago\\nThe court adjourned the hearing. ; New Delhi ; ANI ; The court adjourned the hearing.",
        "IANS | Bhubaneswar | Created: 01-02-2031\\n\\nPaddy prices rose. ; Bhubaneswar ; IANS ; Paddy prices rose.",
    })
    void shouldReadAgencyAndPlaceWhenAPortalOpensWithAFieldLine(String text, String location, String agency, String rest) {
        String input = text.replace("\\n", "\n");
        var match = DatelineParser.parse(input, 0, REF);
        assertThat(match).isPresent();
        assertThat(match.get().dateline().location()).isEqualTo(location);
        assertThat(match.get().dateline().agency()).isEqualTo(agency);
        assertThat(input.substring(match.get().end())).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Business | Markets | Updated: 09-04-2031\\nShares rose on Monday.",
        "PTI | Updated: 09-04-2031 10:18 IST\\nShares rose on Monday.",
        "PTI | Senior Correspondent | 09-04-2031\\nShares rose on Monday.",
        "PTI | Reuters | 09-04-2031\\nShares rose on Monday.",
        "PTI | Kasauli | Updated: 09-04-2031\\nshares rose on Monday.",
    })
    void shouldFindNoDatelineWhenAFieldLineLacksAnAgencyOrAPlace(String text) {
        assertThat(DatelineParser.parse(text.replace("\\n", "\n"), 0, REF)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"YJC, Young Journalists Club, true", "IRNA, Islamic Republic News Agency, true", "AP, Ukraine, false",
            "Reuters, Ont., false", "AP, New Zealand, false"})
    void shouldTellAnAgencyNameFromARegionWhenParenthesesFollowIt(String abbreviation, String name, boolean agency) {
        assertThat(DatelineParser.isInitialsOf(abbreviation, name)).isEqualTo(agency);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Paris is the capital of France, and it is large.",
        "Tehran said on Sunday that talks would resume.",
        "London - the city that never sleeps - woke up.",
        "Washington has warned Moscow over the deal.",
        "NOTE: Company is a mutual savings bank.",
        "Shr 31 cts vs 45 cts",
        "The ministers, March 3 - no, wait.",
        "“Kabul (AP) — quoted” said the editor.",
        "Net 52.9 mln vs 21.9 mln",
        "UN: Der Sicherheitsrat tagt am Freitag.",
        "EU - les ministres se réunissent lundi.",
        "",
        "ÜBER",
        "Multan, Apr 7: a day in pictures",
        "广州4月9日的气温创下新高。",
        // one-word sentences opening German features, and English abbreviations before a name
        "Corona. Das Wort hat sich in den Alltag vieler Familien eingebrannt.",
        "Endlich. Nach drei Jahren Bauzeit ist die neue Brücke fertig.",
        "Achtung. Auf der A7 kommt Ihnen ein Falschfahrer entgegen.",
        "Frau Müller. So nennen die Kinder ihre Lehrerin seit dreißig Jahren.",
        "Mr. Gonzalez said the plan would cost about $4 million.",
        "St. Louis officials said on Monday the stadium would reopen.",
        "Washington. That is where the money goes, critics of the plan say.",
        "John Smith (AP) Photo by the staff of the paper",
        "新华社记者在广州4月9日拍摄的照片。",
        "新华社广州报道，市场平稳。",
    })
    void shouldFindNoDatelineWhenTextMerelyStartsWithAPlaceOrLabel(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    /** s33: a dateline of several bureaus is located at its first place and keeps the others, in order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                            | location           | display            | others          | agency  | rest
        "MOSUL/ERBIL, April 2 (Reuters) - The highway reopened.            | MOSUL              | Mosul              | ERBIL           | Reuters | The highway reopened.",
        "LIMA/QUITO/BOGOTA (Reuters) - Andean states agreed a pact.        | LIMA               | Lima               | QUITO;BOGOTA    | Reuters | Andean states agreed a pact.",
        "MULTAN / BAHAWALPUR: Heavy rain lashed the region.                | MULTAN             | Multan             | BAHAWALPUR      | -       | Heavy rain lashed the region.",
        "Hamburg/Kiel. Die Länder wollen die Fähre sichern.               | Hamburg            | Hamburg            | Kiel            | -       | Die Länder wollen die Fähre sichern.",
        "TORONTO and OTTAWA, May 5 (Reuters) - Both cities raised fares.   | TORONTO            | Toronto            | OTTAWA          | Reuters | Both cities raised fares.",
        "KYIV AND MOSCOW, March 3 (Reuters) - Both sides said so.          | KYIV               | Kyiv               | MOSCOW          | Reuters | Both sides said so.",
        "Dakar and Bamako (AFP) - Two airlines will link the cities.       | Dakar              | Dakar              | Bamako          | AFP     | Two airlines will link the cities.",
        // one place: nothing else; a metropolitan area with its region and a country with "and" stay whole
        "PARIS, March 3 (Reuters) - Ministers met.                         | PARIS              | Paris              | -               | Reuters | Ministers met.",
        "DALLAS/FORT WORTH, Texas (AP) - A storm hit the area.             | DALLAS/FORT WORTH  | Dallas/Fort Worth  | -               | AP      | A storm hit the area.",
        "TRINIDAD AND TOBAGO, March 3 - The cabinet met.                   | TRINIDAD AND TOBAGO | Trinidad And Tobago | -             | -       | The cabinet met.",
    })
    void shouldKeepEveryPlaceWhenADatelineNamesSeveralBureaus(String text, String location, String display,
            String others, String agency, String rest) {
        var match = DatelineParser.parse(text, 0, REF);
        assertThat(match).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.locationDisplay()).isEqualTo(display);
        assertThat(d.otherLocations()).containsExactly(others == null ? new String[0] : others.split(";"));
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(text.substring(match.get().end())).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource({"12, 31, 2026-01-02, 2025-12-31", "1, 1, 2026-01-02, 2026-01-01", "3, 1, 2026-02-20, 2025-03-01", "3, 1, 2026-02-28, 2026-03-01",
            "2, 29, 2026-03-01, 2024-02-29", "5, 14, 2026-05-13, 2026-05-14"})
    void shouldInferYearNotAfterReferenceWhenDateHasNoYear(int month, int day, String reference, String expected) {
        assertThat(DatelineParser.inferYear(month, day, LocalDate.parse(reference))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void shouldReadOnlyABoundedWindowWhenTheLineIsHuge() {
        // What lies past the scan window never changes the answer: a dateline after a megabyte of
        // letters is not one (the parser never got there), and a megabyte after a dateline is
        // ignored. Speed is the JMH benchmarks' business, not a timed assertion's.
        assertThat(DatelineParser.parse("A".repeat(1_000_000) + ", March 3 - text", 0, REF)).isEmpty();
        String dateline = "LIMA, March 3 (Reuters) - Rain fell.";
        assertThat(DatelineParser.parse(dateline + " " + "x".repeat(1_000_000), 0, REF))
                .isPresent()
                .isEqualTo(DatelineParser.parse(dateline, 0, REF));
    }
}
