// Danish texts of the legal pages (part of the catalogue in da.ts).
import type { deLegal } from './de.legal.js';

export const daLegal: Record<keyof typeof deLegal, string> = {
  'site.footer.legal': 'Juridisk',
  'legal.imprint.title': 'Kolofon',
  'legal.privacy.title': 'Privatlivspolitik',
  'legal.accessibility.title': 'Tilgængelighedserklæring',
  'legal.notSet': 'Oplysningerne er endnu ikke udfyldt.',
  'legal.imprint.intro': 'Oplysninger efter § 5 i den tyske lov om digitale tjenester (DDG) og § 18 i mediestatstraktaten (MStV).',
  'legal.responsibleBody': 'Udbyder og ansvarlig myndighed',
  'legal.address': 'Adresse',
  'legal.representative': 'Repræsenteret af',
  'legal.email': 'E-mail',
  'legal.phone': 'Telefon',
  'legal.vatId': 'Momsregistreringsnummer',
  'legal.contentResponsible': 'Ansvarlig for indholdet efter § 18, stk. 2, MStV',
  'legal.software': 'Software',
  'legal.softwareText': 'Denne platform kører på Lotse, fri software under licensen EUPL-1.2.',
  'legal.privacy.intro':
    'Her står, hvilke personoplysninger platformen behandler, til hvilket formål, på hvilket retsgrundlag og hvor længe (artikel 13 og 14 i databeskyttelsesforordningen). Afsnittene om de enkelte behandlinger dannes ud fra platformens funktioner og angiver de indstillede frister.',
  'legal.privacy.controller': 'Dataansvarlig',
  'legal.privacy.dpo': 'Databeskyttelsesrådgiver',
  'legal.privacy.processing': 'Behandlingerne i enkeltheder',
  'legal.privacy.purpose': 'Formål',
  'legal.privacy.legalBasis': 'Retsgrundlag',
  'legal.privacy.categories': 'Oplysninger',
  'legal.privacy.retention': 'Opbevaringsperiode',
  'legal.privacy.recipients': 'Modtagere og overførsel',
  'legal.privacy.recipientsText':
    'Oplysningerne behandles på servere hos den dataansvarlige eller dennes databehandler i Tyskland. De overføres ikke til tredjelande og bruges ikke til reklame eller profilering. Skrifttyper, kort og andre filer hentes fra platformen selv; der er ingen analyse- eller sporingstjenester og ingen cookies ud over dem, der er nødvendige for login og formularer.',
  'legal.privacy.rights': 'Dine rettigheder',
  'legal.privacy.rightsText':
    'Du har ret til indsigt (art. 15), berigtigelse (art. 16), sletning (art. 17), begrænsning af behandling (art. 18), dataportabilitet (art. 20) og indsigelse (art. 21). Du kan til enhver tid trække et samtykke tilbage med virkning for fremtiden (art. 7, stk. 3). Henvend dig til den dataansvarlige eller databeskyttelsesrådgiveren. Med en borgerkonto henter du selv dine data og sletter selv kontoen.',
  'legal.privacy.authority': 'Ret til at klage til en tilsynsmyndighed',
  'legal.privacy.authorityText': 'Du kan klage til en datatilsynsmyndighed (art. 77), for eksempel:',
  'legal.privacy.link': 'Sådan behandler vi dine oplysninger',
  'legal.accessibility.intro':
    'De offentlige myndigheder, der driver platformen, bestræber sig på at gøre den tilgængelig i overensstemmelse med Slesvig-Holstens lov om ligestilling af personer med handicap (LBGG, §§ 12a–12f) og den tyske bekendtgørelse om tilgængelig informationsteknologi (BITV 2.0), som gennemfører direktiv (EU) 2016/2102.',
  'legal.accessibility.status': 'Overensstemmelsesstatus',
  'legal.accessibility.status.full': 'Dette websted er i fuld overensstemmelse med kravene i BITV 2.0.',
  'legal.accessibility.status.partial':
    'Dette websted er delvist i overensstemmelse med kravene i BITV 2.0. Indholdet nævnt nedenfor er ikke tilgængeligt.',
  'legal.accessibility.status.none': 'Dette websted er ikke i overensstemmelse med kravene i BITV 2.0.',
  'legal.accessibility.barriers': 'Indhold, der ikke er tilgængeligt',
  'legal.accessibility.noBarriers': 'Der kendes ingen barrierer.',
  'legal.accessibility.evaluation': 'Udarbejdelse af denne erklæring',
  'legal.accessibility.evaluationDate': 'Dato for vurderingen',
  'legal.accessibility.evaluationMethod': 'Metode for vurderingen',
  'legal.accessibility.feedback': 'Meld en barriere: feedback og kontakt',
  'legal.accessibility.feedbackIntro':
    'Har du bemærket en barriere, eller har du brug for indhold i en tilgængelig form? Skriv til os. Din besked sendes som e-mail til den ansvarlige myndighed, og du får en kvittering.',
  'legal.accessibility.feedbackUnavailable': 'Formularen er endnu ikke sat op. Brug venligst kontaktoplysningerne i kolofonen.',
  'legal.accessibility.feedbackSent': 'Tak, din melding er modtaget. Vi har sendt dig en kvittering.',
  'legal.accessibility.form.name': 'Navn (frivilligt)',
  'legal.accessibility.form.email': 'E-mailadresse (til vores svar)',
  'legal.accessibility.form.page': 'Berørt side eller funktion (frivilligt)',
  'legal.accessibility.form.message': 'Din melding',
  'legal.accessibility.form.submit': 'Send melding',
  'legal.accessibility.form.limited': 'For mange meldinger på kort tid. Prøv igen om 15 minutter.',
  'legal.accessibility.complaints': 'Klageprocedure (mægling)',
  'legal.accessibility.complaintsText':
    'Hvis du ikke får et tilfredsstillende svar på din melding, kan du henvende dig til klagestedet (§ 12e LBGG). Det mægler mellem dig og myndigheden:',
  'legal.mail.feedback.subject': 'Barriere meldt',
  'legal.mail.feedback.text':
    'Denne melding kom via tilgængelighedserklæringen:\n\nNavn: {name}\nE-mail: {email}\nSide eller funktion: {page}\n\n{message}\n\nSvar venligst inden for seks uger direkte til den angivne adresse.',
  'legal.mail.ack.subject': 'Din melding om tilgængelighed er modtaget',
  'legal.mail.ack.text':
    'Goddag\n\nDin melding om tilgængeligheden af {site} er modtaget og sendt videre til {body}. Du får svar på denne adresse.\n\nDin melding:\n{message}',
  'legal.unnamed': '(ikke angivet)',
  'backoffice.nav.legal': 'Juridiske sider',
  'legal.settings.title': 'Kolofon, privatliv og tilgængelighed',
  'legal.settings.intro':
    'Denne installations oplysninger til kolofon, privatlivspolitik og tilgængelighedserklæring. Privatlivspolitikkens afsnit om de enkelte behandlinger danner Lotse selv.',
  'legal.settings.saved': 'Gemt.',
  'legal.settings.provider': 'Udbyder',
  'legal.settings.dpo': 'Databeskyttelsesrådgiver: navn og kontakt',
  'legal.settings.authority': 'Datatilsynsmyndighed',
  'legal.settings.accessibility': 'Tilgængelighed',
  'legal.settings.status': 'Overensstemmelsesstatus',
  'legal.settings.status.full': 'fuld overensstemmelse',
  'legal.settings.status.partial': 'delvis overensstemmelse',
  'legal.settings.status.none': 'ikke i overensstemmelse',
  'legal.settings.barriers': 'Kendte barrierer (pr. sprog)',
  'legal.settings.method': 'Metode for vurderingen (pr. sprog)',
  'legal.settings.complaintsOffice': 'Klagested (navn og adresse)',
  'legal.settings.multiline': 'Én oplysning pr. linje.',
  'legal.settings.save': 'Gem',
  'legal.settings.error.email': 'Angiv venligst en gyldig e-mailadresse.',
  'legal.settings.error.date': 'Angiv venligst en dato (DD.MM.ÅÅÅÅ).',
  'legal.processing.logs.title': 'Serverlogfiler',
  'legal.processing.logs.purpose': 'Sikker drift af platformen: finde fejl, opdage og afværge angreb, begrænse misbrug af formularer.',
  'legal.processing.logs.legalBasis':
    'Art. 6, stk. 1, litra e, i forbindelse med § 4 i Slesvig-Holstens databeskyttelseslov (opgave i samfundets interesse); art. 32 (behandlingssikkerhed).',
  'legal.processing.logs.categories':
    'IP-adresse, tidspunkt, den hentede adresse uden søgeparametrenes værdier, statuskode og varighed. Ingen cookies, intet formularindhold, ingen e-mailadresser.',
  'legal.processing.logs.retention': 'Logfiler {days} dage, derefter slettet; tællere til begrænsninger (kun hashede nøgler) én dag.',
  'legal.processing.feedback.title': 'Meldinger om tilgængelighed',
  'legal.processing.feedback.purpose': 'Fjerne barrierer og svare dig (§ 12c LBGG).',
  'legal.processing.feedback.legalBasis': 'Art. 6, stk. 1, litra c og e, i forbindelse med § 12c LBGG Slesvig-Holsten.',
  'legal.processing.feedback.categories': 'E-mailadresse, frivilligt navn og den berørte side, din besked.',
  'legal.processing.feedback.retention':
    'Lotse gemmer ikke meldingen: den sendes som e-mail til den ansvarlige myndighed og til dig og ligger kun i køen, indtil den er sendt. Myndigheden opbevarer e-mailen, indtil sagen er afsluttet, højst {months} måneder.',
  'legal.processing.notices.title': 'Bemærkninger til projekter',
  'legal.processing.notices.purpose':
    'Behandle og afveje din bemærkning til et projekt og offentliggøre den med afvejningen (uden navn og adresse); fortælle dig udfaldet.',
  'legal.processing.notices.legalBasis':
    'Art. 6, stk. 1, litra e, i forbindelse med § 4 i Slesvig-Holstens databeskyttelseslov og reglerne om borgerinddragelse (§ 16a ff. i kommunalforfatningen).',
  'legal.processing.notices.categories': 'E-mailadresse (bekræftet), frivilligt navn, bemærkningens tekst.',
  'legal.processing.notices.retention':
    'Navn og e-mailadresse {months} måneder efter, at bemærkningen er afsluttet (aldrig afsluttet: højst {years} år), ubekræftet {days} dage. Teksten bliver ved projektet uden navn.',
  'legal.processing.requests.title': 'Forslag om borgerinddragelse',
  'legal.processing.requests.purpose': 'Behandle dit forslag, drøfte det i udvalgene og fortælle dig hvert skridt.',
  'legal.processing.requests.legalBasis':
    'Art. 6, stk. 1, litra e, i forbindelse med § 4 i Slesvig-Holstens databeskyttelseslov og § 16a ff. i kommunalforfatningen.',
  'legal.processing.requests.categories': 'Forslagsstillerens navn og e-mailadresse; titel og begrundelse (offentlige, uden navn).',
  'legal.processing.requests.retention':
    'Navn og e-mailadresse {months} måneder efter, at forslaget er afsluttet (aldrig afsluttet: højst {years} år efter seneste ændring), ubekræftet {days} dage.',
  'legal.processing.signatures.title': 'Underskrifter',
  'legal.processing.signatures.purpose': 'Tælle støtte til et forslag, hver adresse én gang, i forhold til kommunens kvorum.',
  'legal.processing.signatures.legalBasis': 'Art. 6, stk. 1, litra a (samtykke) og e, i forbindelse med § 16a ff. i kommunalforfatningen.',
  'legal.processing.signatures.categories':
    'Navn, bopæl, erklæring om at være mindst 16 år, e-mailadresse (bekræftet). Aldrig offentligt; kun antallet er offentligt.',
  'legal.processing.signatures.retention':
    'Den frist, kommunen har fastsat, efter at forslaget er afsluttet ({days} dage, hvis den ikke har fastsat en anden); en indsamling, der aldrig afsluttes, højst {years} år; ubekræftet {unconfirmed} dage. Derefter slettet.',
  'legal.processing.events.title': 'Tilmeldinger til arrangementer',
  'legal.processing.events.purpose': 'Fordele pladser, føre venteliste, minde dig om arrangementet, meddele ændringer og aflysninger.',
  'legal.processing.events.legalBasis': 'Art. 6, stk. 1, litra e; for behov for støtte art. 9, stk. 2, litra a (udtrykkeligt samtykke).',
  'legal.processing.events.categories':
    'Navn, e-mailadresse, frivilligt organisation, behov for støtte og svaret på arrangementets spørgsmål. Aldrig offentligt.',
  'legal.processing.events.retention':
    'Behov for støtte indtil {supportDays} dag efter arrangementet; navn og adresse i den frist, arrangementet angiver, højst {maxDays} dage efter det; ubekræftet {unconfirmed} dage.',
  'legal.processing.residents.title': 'Borgerkonto, idéer og kommentarer',
  'legal.processing.residents.purpose': 'Login via link, dine egne bidrag (idéer, kommentarer, støtte), notifikationer efter dit valg.',
  'legal.processing.residents.legalBasis': 'Art. 6, stk. 1, litra a (samtykke ved oprettelse af kontoen) og e.',
  'legal.processing.residents.categories':
    'E-mailadresse, frivilligt visningsnavn og adgangskode (kun som hash), sprog, indstilling for notifikationer, sessioner, dine bidrag.',
  'legal.processing.residents.retention':
    'Indtil du sletter kontoen (når som helst i kontoen; du kan først hente dine data som JSON). Loginlinks {linkMinutes} minutter, sessioner 30 dage. Idéer og kommentarer bliver uden navn efter sletningen.',
  'legal.processing.contact.title': 'Partnernes kontaktformular',
  'legal.processing.contact.purpose': 'Sende din besked videre til en partner i netværket.',
  'legal.processing.contact.legalBasis': 'Art. 6, stk. 1, litra a (samtykke ved afsendelse).',
  'legal.processing.contact.categories': 'Navn, e-mailadresse, besked. Modtager: den partner, du skriver til.',
  'legal.processing.contact.retention':
    'Lotse gemmer ikke beskeden: den ligger kun i køen, indtil e-mailen er sendt. Hos partneren gælder dennes frister.',
  'legal.processing.advisory.title': 'Rådgivningssager',
  'legal.processing.advisory.purpose': 'Rådgive projektteams: henvendelse, aftaler, beskeder og filer med det digitale agentur.',
  'legal.processing.advisory.legalBasis': 'Art. 6, stk. 1, litra e; for teams fra virksomheder eller foreninger litra b.',
  'legal.processing.advisory.categories': 'Borgerkonto, oplysninger om projektet, beskeder og filer, aftaler.',
  'legal.processing.advisory.retention':
    '{months} måneder efter, at sagen er afsluttet, en sag uden aktivitet højst {idleMonths} måneder; straks når borgerkontoen slettes.',
  'legal.processing.consultations.title': 'Høringer',
  'legal.processing.consultations.purpose':
    'Modtage, besvare og vurdere kommentarer og vurderinger af regionens udkast; udarbejde vurderingsoversigten til det politiske organs sagsfremstilling.',
  'legal.processing.consultations.legalBasis': 'Art. 6, stk. 1, litra e; deltagelsen er frivillig.',
  'legal.processing.consultations.categories':
    'Borgerkonto (visningsnavn), kommentarer med det citerede tekststed, for hvert afsnit om du er enig eller uenig. Offentlige er kommentarer med visningsnavn og antallet af vurderinger; vurderingsoversigten (side, PDF, CSV) nævner ingen navne. Hvem der har vurderet hvordan, er ikke offentligt.',
  'legal.processing.consultations.retention':
    'Kommentarer og forvaltningens vurdering, så længe høringen findes (de hører til beslutningens sag); vurderinger slettes sammen med borgerkontoen, og kommentarer mister da deres navn.',
  'legal.processing.surveys.title': 'Spørgeskemaer',
  'legal.processing.surveys.purpose':
    'Indsamle holdninger til projekter og til digitaliseringen af regionen og offentliggøre resultaterne samlet; kun ét svar pr. person, browser eller kode tæller.',
  'legal.processing.surveys.legalBasis': 'Art. 6, stk. 1, litra e; deltagelsen er frivillig.',
  'legal.processing.surveys.categories':
    'Svarene uden navn; adskilt derfra, hvem der deltog: borgerkontoen, en krypteret værdi fra browseren eller en brugt kode. De to kobles aldrig sammen. Enkelte svar er aldrig offentlige; fritekster først efter moderation.',
  'legal.processing.surveys.retention':
    'Så længe spørgeskemaet findes; når borgerkontoen slettes, slettes dens deltagelse, og svarene forbliver uden forbindelse til en person.',
};
