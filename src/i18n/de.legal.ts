// German texts of the legal pages (part of the catalogue in de.ts): imprint, privacy notice with the
// modules' processing sections, accessibility statement with its feedback form, and their settings.
export const deLegal = {
  'site.footer.legal': 'Rechtliches',
  'legal.imprint.title': 'Impressum',
  'legal.privacy.title': 'Datenschutzerklärung',
  'legal.accessibility.title': 'Erklärung zur Barrierefreiheit',
  'legal.notSet': 'Die Angaben sind noch nicht eingetragen.',
  'legal.imprint.intro': 'Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV).',
  'legal.responsibleBody': 'Anbieterin und verantwortliche Stelle',
  'legal.address': 'Anschrift',
  'legal.representative': 'Vertreten durch',
  'legal.email': 'E-Mail',
  'legal.phone': 'Telefon',
  'legal.vatId': 'Umsatzsteuer-Identifikationsnummer',
  'legal.contentResponsible': 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
  'legal.software': 'Software',
  'legal.softwareText': 'Diese Plattform läuft mit Lotse, freier Software unter der Lizenz EUPL-1.2.',
  'legal.privacy.intro':
    'Hier steht, welche personenbezogenen Daten diese Plattform verarbeitet, wozu, auf welcher Rechtsgrundlage und wie lange (Art. 13 und 14 DSGVO). Die Abschnitte zu den einzelnen Verarbeitungen werden aus den Funktionen der Plattform erzeugt und nennen die eingestellten Fristen.',
  'legal.privacy.controller': 'Verantwortliche Stelle',
  'legal.privacy.dpo': 'Datenschutzbeauftragte Person',
  'legal.privacy.processing': 'Verarbeitungen im Einzelnen',
  'legal.privacy.purpose': 'Zweck',
  'legal.privacy.legalBasis': 'Rechtsgrundlage',
  'legal.privacy.categories': 'Daten',
  'legal.privacy.retention': 'Speicherdauer',
  'legal.privacy.recipients': 'Empfänger und Übermittlung',
  'legal.privacy.recipientsText':
    'Die Daten werden auf Servern der verantwortlichen Stelle oder ihres Auftragsverarbeiters in Deutschland verarbeitet. Sie werden nicht in Drittländer übermittelt und nicht für Werbung oder Profilbildung genutzt. Schriften, Karten und andere Dateien werden von dieser Plattform selbst geladen; es gibt keine Analyse- oder Tracking-Dienste und keine Cookies außer den für Anmeldung und Formulare nötigen.',
  'legal.privacy.rights': 'Ihre Rechte',
  'legal.privacy.rightsText':
    'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21). Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen (Art. 7 Abs. 3). Wenden Sie sich dazu an die verantwortliche Stelle oder die datenschutzbeauftragte Person. Mit einem Bürgerkonto laden Sie Ihre Daten selbst herunter und löschen das Konto selbst.',
  'legal.privacy.authority': 'Beschwerderecht bei der Aufsichtsbehörde',
  'legal.privacy.authorityText': 'Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), zum Beispiel bei:',
  'legal.privacy.link': 'Hinweise zum Datenschutz',
  'legal.accessibility.intro':
    'Die öffentlichen Stellen, die diese Plattform betreiben, sind bemüht, sie barrierefrei zugänglich zu machen, nach dem Landesbehindertengleichstellungsgesetz Schleswig-Holstein (LBGG, §§ 12a–12f) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die die Richtlinie (EU) 2016/2102 umsetzen.',
  'legal.accessibility.status': 'Stand der Vereinbarkeit mit den Anforderungen',
  'legal.accessibility.status.full': 'Diese Website ist mit den Anforderungen der BITV 2.0 vollständig vereinbar.',
  'legal.accessibility.status.partial':
    'Diese Website ist mit den Anforderungen der BITV 2.0 teilweise vereinbar. Die unten genannten Inhalte sind nicht barrierefrei.',
  'legal.accessibility.status.none': 'Diese Website ist mit den Anforderungen der BITV 2.0 nicht vereinbar.',
  'legal.accessibility.barriers': 'Nicht barrierefreie Inhalte',
  'legal.accessibility.noBarriers': 'Es sind keine Barrieren bekannt.',
  'legal.accessibility.evaluation': 'Erstellung dieser Erklärung',
  'legal.accessibility.evaluationDate': 'Datum der Bewertung',
  'legal.accessibility.evaluationMethod': 'Methode der Bewertung',
  'legal.accessibility.feedback': 'Barrieren melden: Feedback und Kontakt',
  'legal.accessibility.feedbackIntro':
    'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder brauchen Sie einen Inhalt in barrierefreier Form? Schreiben Sie uns. Ihre Nachricht geht per E-Mail an die verantwortliche Stelle, Sie erhalten eine Eingangsbestätigung.',
  'legal.accessibility.feedbackUnavailable': 'Das Formular ist noch nicht eingerichtet. Bitte nutzen Sie die Kontaktangaben im Impressum.',
  'legal.accessibility.feedbackSent': 'Danke, Ihre Meldung ist angekommen. Wir haben Ihnen eine Eingangsbestätigung geschickt.',
  'legal.accessibility.form.name': 'Name (freiwillig)',
  'legal.accessibility.form.email': 'E-Mail-Adresse (für die Antwort)',
  'legal.accessibility.form.page': 'Betroffene Seite oder Funktion (freiwillig)',
  'legal.accessibility.form.message': 'Ihre Meldung',
  'legal.accessibility.form.submit': 'Meldung senden',
  'legal.accessibility.form.limited': 'Zu viele Meldungen in kurzer Zeit. Bitte versuchen Sie es in 15 Minuten erneut.',
  'legal.accessibility.complaints': 'Beschwerdeverfahren (Schlichtung)',
  'legal.accessibility.complaintsText':
    'Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Beschwerdestelle wenden (§ 12e LBGG). Sie vermittelt zwischen Ihnen und der öffentlichen Stelle:',
  'legal.mail.feedback.subject': 'Barriere gemeldet',
  'legal.mail.feedback.text':
    'Über die Erklärung zur Barrierefreiheit kam diese Meldung:\n\nName: {name}\nE-Mail: {email}\nSeite oder Funktion: {page}\n\n{message}\n\nBitte antworten Sie innerhalb von sechs Wochen direkt an die genannte Adresse.',
  'legal.mail.ack.subject': 'Ihre Meldung zur Barrierefreiheit ist angekommen',
  'legal.mail.ack.text':
    'Guten Tag,\n\nIhre Meldung zur Barrierefreiheit von {site} ist angekommen und an {body} weitergeleitet worden. Sie erhalten eine Antwort an diese Adresse.\n\nIhre Meldung:\n{message}',
  'legal.unnamed': '(nicht angegeben)',
  'backoffice.nav.legal': 'Rechtliches',
  'legal.settings.title': 'Impressum, Datenschutz und Barrierefreiheit',
  'legal.settings.intro':
    'Die Angaben dieser Installation für Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit. Die Abschnitte der Datenschutzerklärung zu den einzelnen Verarbeitungen erzeugt Lotse selbst.',
  'legal.settings.saved': 'Gespeichert.',
  'legal.settings.provider': 'Anbieterin',
  'legal.settings.dpo': 'Datenschutzbeauftragte Person: Name und Kontakt',
  'legal.settings.authority': 'Datenschutz-Aufsichtsbehörde',
  'legal.settings.accessibility': 'Barrierefreiheit',
  'legal.settings.status': 'Stand der Vereinbarkeit',
  'legal.settings.status.full': 'vollständig vereinbar',
  'legal.settings.status.partial': 'teilweise vereinbar',
  'legal.settings.status.none': 'nicht vereinbar',
  'legal.settings.barriers': 'Bekannte Barrieren (je Sprache)',
  'legal.settings.method': 'Methode der Bewertung (je Sprache)',
  'legal.settings.complaintsOffice': 'Beschwerdestelle (Name und Anschrift)',
  'legal.settings.multiline': 'Eine Angabe je Zeile.',
  'legal.settings.save': 'Speichern',
  'legal.settings.error.email': 'Bitte eine gültige E-Mail-Adresse angeben.',
  'legal.settings.error.date': 'Bitte ein Datum angeben (TT.MM.JJJJ).',
  'legal.processing.logs.title': 'Server-Protokolle',
  'legal.processing.logs.purpose':
    'Betrieb und Sicherheit der Plattform: Fehler finden, Angriffe erkennen und abwehren, Missbrauch der Formulare begrenzen.',
  'legal.processing.logs.legalBasis':
    'Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 4 Landesdatenschutzgesetz Schleswig-Holstein (Aufgabe im öffentlichen Interesse); Art. 32 DSGVO (Sicherheit der Verarbeitung).',
  'legal.processing.logs.categories':
    'IP-Adresse, Zeitpunkt, aufgerufene Adresse ohne die Werte der Suchparameter, Antwortcode und -dauer. Keine Cookies, keine Formularinhalte, keine E-Mail-Adressen.',
  'legal.processing.logs.retention': 'Protokolle {days} Tage, dann gelöscht; Zähler für Begrenzungen (nur gehashte Schlüssel) einen Tag.',
  'legal.processing.feedback.title': 'Meldungen zur Barrierefreiheit',
  'legal.processing.feedback.purpose': 'Barrieren beheben und Ihnen antworten (§ 12c LBGG).',
  'legal.processing.feedback.legalBasis': 'Art. 6 Abs. 1 lit. c und e DSGVO in Verbindung mit § 12c LBGG Schleswig-Holstein.',
  'legal.processing.feedback.categories': 'E-Mail-Adresse, freiwillig Name und die betroffene Seite, Ihre Nachricht.',
  'legal.processing.feedback.retention':
    'Lotse speichert die Meldung nicht: Sie geht als E-Mail an die verantwortliche Stelle und an Sie und bleibt nur bis zum Versand in der Warteschlange. Die verantwortliche Stelle bewahrt die E-Mail auf, bis die Sache erledigt ist, höchstens {months} Monate.',
  'legal.processing.notices.title': 'Hinweise zu Vorhaben',
  'legal.processing.notices.purpose':
    'Ihren Hinweis zu einem Vorhaben bearbeiten, abwägen und mit der Abwägung veröffentlichen (ohne Namen und Adresse); Sie über den Ausgang informieren.',
  'legal.processing.notices.legalBasis':
    'Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 4 LDSG Schleswig-Holstein und den Vorschriften über die Beteiligung der Einwohnerinnen und Einwohner (§ 16a ff. Gemeindeordnung).',
  'legal.processing.notices.categories': 'E-Mail-Adresse (bestätigt), freiwillig Name, Text des Hinweises.',
  'legal.processing.notices.retention':
    'Name und E-Mail-Adresse {months} Monate nach Abschluss des Hinweises (nie abgeschlossen: höchstens {years} Jahre), unbestätigt {days} Tage. Der Text bleibt ohne Namen beim Vorhaben.',
  'legal.processing.requests.title': 'Beteiligungsanregungen',
  'legal.processing.requests.purpose': 'Ihre Anregung bearbeiten, in den Gremien beraten und Sie über jeden Schritt informieren.',
  'legal.processing.requests.legalBasis':
    'Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 4 LDSG Schleswig-Holstein und § 16a ff. Gemeindeordnung.',
  'legal.processing.requests.categories': 'Name und E-Mail-Adresse der Person, die anregt; Titel und Begründung (öffentlich, ohne Namen).',
  'legal.processing.requests.retention':
    'Name und E-Mail-Adresse {months} Monate nach Abschluss (nie abgeschlossen: höchstens {years} Jahre nach der letzten Änderung), unbestätigt {days} Tage.',
  'legal.processing.signatures.title': 'Unterschriften',
  'legal.processing.signatures.purpose':
    'Unterstützung einer Beteiligungsanregung zählen, jede Adresse einmal, gegen das Quorum der Kommune.',
  'legal.processing.signatures.legalBasis':
    'Art. 6 Abs. 1 lit. a DSGVO (Einwilligung) und lit. e in Verbindung mit § 16a ff. Gemeindeordnung.',
  'legal.processing.signatures.categories':
    'Name, Wohnort, Erklärung, mindestens 16 Jahre alt zu sein, E-Mail-Adresse (bestätigt). Nie öffentlich; öffentlich ist nur die Zahl.',
  'legal.processing.signatures.retention':
    'Die von der Kommune eingestellte Frist nach Abschluss der Anregung (ohne eigene Einstellung {days} Tage); eine nie abgeschlossene Sammlung höchstens {years} Jahre; unbestätigt {unconfirmed} Tage. Danach gelöscht.',
  'legal.processing.events.title': 'Anmeldungen zu Veranstaltungen',
  'legal.processing.events.purpose': 'Plätze vergeben, Warteliste führen, an die Veranstaltung erinnern, Änderungen und Absagen mitteilen.',
  'legal.processing.events.legalBasis':
    'Art. 6 Abs. 1 lit. e DSGVO; für Angaben zu Unterstützungsbedarf Art. 9 Abs. 2 lit. a DSGVO (ausdrückliche Einwilligung).',
  'legal.processing.events.categories':
    'Name, E-Mail-Adresse, freiwillig Organisation, Unterstützungsbedarf und die Antwort auf die Frage der Veranstaltung. Nie öffentlich.',
  'legal.processing.events.retention':
    'Unterstützungsbedarf bis {supportDays} Tag nach der Veranstaltung; Name und Adresse die bei der Veranstaltung genannte Frist, höchstens {maxDays} Tage nach ihr; unbestätigt {unconfirmed} Tage.',
  'legal.processing.residents.title': 'Bürgerkonto, Ideen und Kommentare',
  'legal.processing.residents.purpose':
    'Anmeldung per Link, eigene Beiträge (Ideen, Kommentare, Unterstützungen), Benachrichtigungen nach Ihrer Wahl.',
  'legal.processing.residents.legalBasis': 'Art. 6 Abs. 1 lit. a DSGVO (Einwilligung durch das Anlegen des Kontos) und lit. e.',
  'legal.processing.residents.categories':
    'E-Mail-Adresse, freiwillig Anzeigename und Passwort (nur als Hash), Sprache, Benachrichtigungseinstellung, Sitzungen, Ihre Beiträge.',
  'legal.processing.residents.retention':
    'Bis Sie das Konto löschen (jederzeit selbst im Konto; Ihre Daten können Sie vorher als JSON herunterladen). Anmeldelinks {linkMinutes} Minuten, Sitzungen 30 Tage. Ideen und Kommentare bleiben nach dem Löschen ohne Namen.',
  'legal.processing.contact.title': 'Kontaktformular der Partner',
  'legal.processing.contact.purpose': 'Ihre Nachricht an einen Partner im Netzwerk weiterleiten.',
  'legal.processing.contact.legalBasis': 'Art. 6 Abs. 1 lit. a DSGVO (Einwilligung durch das Absenden).',
  'legal.processing.contact.categories': 'Name, E-Mail-Adresse, Nachricht. Empfänger: der angeschriebene Partner.',
  'legal.processing.contact.retention':
    'Lotse speichert die Nachricht nicht: Sie bleibt nur bis zum Versand der E-Mail in der Warteschlange. Beim Partner gelten dessen Fristen.',
  'legal.processing.advisory.title': 'Beratungsfälle',
  'legal.processing.advisory.purpose': 'Projektteams beraten: Anfrage, Termine, Nachrichten und Dateien mit der Digitalagentur.',
  'legal.processing.advisory.legalBasis': 'Art. 6 Abs. 1 lit. e DSGVO; für Teams aus Unternehmen oder Vereinen lit. b.',
  'legal.processing.advisory.categories': 'Bürgerkonto, Angaben zum Vorhaben, Nachrichten und Dateien, Termine.',
  'legal.processing.advisory.retention':
    '{months} Monate nach Abschluss des Falls, ein unbewegter Fall höchstens {idleMonths} Monate; mit dem Löschen des Bürgerkontos sofort.',
  'legal.processing.consultations.title': 'Konsultationen',
  'legal.processing.consultations.purpose':
    'Kommentare und Bewertungen zu Entwürfen der Region entgegennehmen, beantworten und abwägen; die Abwägungstabelle für die Beschlussvorlage des Gremiums erstellen.',
  'legal.processing.consultations.legalBasis': 'Art. 6 Abs. 1 lit. e DSGVO; die Teilnahme ist freiwillig.',
  'legal.processing.consultations.categories':
    'Bürgerkonto (Anzeigename), Kommentare mit der zitierten Textstelle, je Abschnitt Ihre Zustimmung oder Ablehnung. Öffentlich sind Kommentare mit Anzeigenamen und die Zahl der Zustimmungen; die Abwägungstabelle (Seite, PDF, CSV) nennt keine Namen. Wer wie bewertet hat, ist nicht öffentlich.',
  'legal.processing.consultations.retention':
    'Kommentare und Abwägung so lange, wie die Konsultation besteht (sie gehören zur Akte des Beschlusses); Bewertungen werden mit dem Löschen des Bürgerkontos gelöscht, Kommentare verlieren dann ihren Namen.',
  'legal.processing.surveys.title': 'Umfragen',
  'legal.processing.surveys.purpose':
    'Meinungen zu Vorhaben und zur Digitalisierung der Region erheben und die Ergebnisse zusammengefasst veröffentlichen; je Person, Browser oder Code nur eine Antwort zählen.',
  'legal.processing.surveys.legalBasis': 'Art. 6 Abs. 1 lit. e DSGVO; die Teilnahme ist freiwillig.',
  'legal.processing.surveys.categories':
    'Die Antworten ohne Namen; getrennt davon, wer teilgenommen hat: das Bürgerkonto, ein verschlüsselter Wert des Browsers oder ein verbrauchter Code. Beides wird nicht miteinander verknüpft. Einzelne Antworten sind nie öffentlich; freie Texte erst nach Moderation.',
  'legal.processing.surveys.retention':
    'So lange es die Umfrage gibt; mit dem Löschen des Bürgerkontos wird seine Teilnahme gelöscht, die Antworten bleiben ohne Bezug zu einer Person.',
} as const;
