// German texts of the staff second factor: enrolment, the sign-in code, the admin's reset (part of the
// catalogue in de.ts).
export const deSecondFactor = {
  'secondFactor.title': 'Zweiter Faktor',
  'secondFactor.intro':
    'Mit einem zweiten Faktor braucht die Anmeldung neben dem Passwort einen sechsstelligen Code aus einer Authenticator-App auf Ihrem Telefon (zum Beispiel Aegis, FreeOTP, Google oder Microsoft Authenticator). Wer nur Ihr Passwort kennt, kommt dann nicht hinein.',
  'secondFactor.requiredNotice':
    'Ihre Rolle (Plattform-Administration oder Finanzen) verlangt einen zweiten Faktor. Richten Sie ihn jetzt ein; danach steht Ihnen die Verwaltung offen.',
  'secondFactor.notSetUp': 'Für Ihr Konto ist noch kein zweiter Faktor eingerichtet.',
  'secondFactor.start': 'Einrichtung beginnen',
  'secondFactor.step1': 'Öffnen Sie Ihre Authenticator-App und fügen Sie ein Konto hinzu.',
  'secondFactor.step2': 'Scannen Sie diesen QR-Code. Geht das nicht, geben Sie den Schlüssel von Hand ein.',
  'secondFactor.step3': 'Geben Sie den Code ein, den die App jetzt zeigt.',
  'secondFactor.qrAlt': 'QR-Code, mit dem Ihre Authenticator-App Lotse für {email} hinzufügt',
  'secondFactor.secret': 'Schlüssel zur Eingabe von Hand',
  'secondFactor.secretHint': 'Zeitbasiert (TOTP), 6 Ziffern, alle 30 Sekunden ein neuer Code.',
  'secondFactor.code': 'Sechsstelliger Code',
  'secondFactor.confirm': 'Bestätigen und einschalten',
  'secondFactor.enabled': 'Der zweite Faktor ist eingeschaltet.',
  'secondFactor.recoveryTitle': 'Ihre Wiederherstellungscodes',
  'secondFactor.recoveryIntro':
    'Haben Sie Ihr Telefon nicht zur Hand, melden Sie sich mit einem dieser Codes an. Jeder Code gilt nur einmal. Drucken Sie die Codes aus oder legen Sie sie in einem Passwort-Manager ab: Sie werden nur jetzt angezeigt.',
  'secondFactor.continue': 'Weiter',
  'secondFactor.activeSince': 'Eingeschaltet seit {date}.',
  'secondFactor.codesLeft': 'Unbenutzte Wiederherstellungscodes: {count}.',
  'secondFactor.renewTitle': 'Neue Wiederherstellungscodes',
  'secondFactor.renewHint': 'Die bisherigen Codes werden ungültig. Bestätigen Sie mit dem aktuellen Code aus Ihrer App.',
  'secondFactor.renew': 'Neue Codes erzeugen',
  'secondFactor.offTitle': 'Zweiten Faktor ausschalten',
  'secondFactor.offHint': 'Bestätigen Sie mit dem aktuellen Code aus Ihrer App oder mit Ihrem Passwort. Danach genügt wieder das Passwort.',
  'secondFactor.offField': 'Code oder Passwort',
  'secondFactor.off': 'Ausschalten',
  'secondFactor.offRequired':
    'Für Ihre Rolle ist der zweite Faktor vorgeschrieben und lässt sich nicht ausschalten. Bei einem neuen oder verlorenen Telefon setzt die Plattform-Administration ihn zurück; danach richten Sie ihn neu ein.',
  'secondFactor.notice.aus': 'Der zweite Faktor ist ausgeschaltet.',
  'secondFactor.notice.wiederherstellung':
    'Sie haben sich mit einem Wiederherstellungscode angemeldet. Ist Ihr Telefon verloren, erzeugen Sie neue Codes nicht hier, sondern lassen den zweiten Faktor zurücksetzen (Plattform-Administration) oder schalten ihn aus und richten ihn neu ein.',
  'secondFactor.error.code':
    'Der Code stimmt nicht. Prüfen Sie, ob die Uhrzeit Ihres Telefons stimmt, und geben Sie den aktuellen Code ein.',
  'secondFactor.error.expired': 'Die Einrichtung hat zu lange gedauert. Bitte beginnen Sie noch einmal.',
  'secondFactor.error.exists': 'Für Ihr Konto ist schon ein zweiter Faktor eingerichtet.',
  'secondFactor.error.required': 'Für Ihre Rolle ist der zweite Faktor vorgeschrieben; Sie können ihn nicht ausschalten.',
  'secondFactor.error.enrolFirst': 'Bitte richten Sie zuerst einen zweiten Faktor ein (Verwaltung → Zweiter Faktor).',
  'secondFactor.error.confirmation': 'Code oder Passwort stimmen nicht.',

  'signinCode.title': 'Anmeldung bestätigen',
  'signinCode.intro':
    'Ihr Konto ist mit einem zweiten Faktor geschützt. Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.',
  'signinCode.code': 'Code',
  'signinCode.hint': 'Telefon nicht zur Hand? Geben Sie einen Ihrer Wiederherstellungscodes ein.',
  'signinCode.invalid': 'Der Code stimmt nicht oder wurde schon benutzt.',
  'signinCode.back': 'Zurück zur Anmeldung',
  'signin.codeExpired':
    'Die Anmeldung ist abgelaufen oder wurde zu oft mit einem falschen Code versucht. Bitte melden Sie sich noch einmal an.',

  'account.secondFactor': 'Zweiter Faktor',
  'account.secondFactorOn': 'eingeschaltet',
  'account.secondFactorOff': 'nicht eingerichtet',
  'account.secondFactorManage': 'Zweiten Faktor verwalten',

  'users.secondFactorTitle': 'Zweiter Faktor',
  'users.secondFactorOn': 'Eingeschaltet seit {date}.',
  'users.secondFactorOff': 'Nicht eingerichtet.',
  'users.secondFactorResetHint':
    'Hat die Person ihr Telefon verloren oder gewechselt, setzen Sie den zweiten Faktor zurück. Sie wird überall abgemeldet und richtet ihn neu ein (für Administration und Finanzen bei der nächsten Anmeldung vorgeschrieben).',
  'users.secondFactorReset': 'Zweiten Faktor zurücksetzen',
  'users.secondFactorNotSelf': 'Ihren eigenen zweiten Faktor verwalten Sie unter „Ihr Konto“.',
  'users.notice.faktor': 'Der zweite Faktor ist zurückgesetzt; die Person ist überall abgemeldet.',

  'accounts.secondFactorReset': 'Zweiter Faktor zurückgesetzt: {email}. Die Person ist überall abgemeldet.',
  'accounts.unknownUser': 'Kein Konto mit der E-Mail-Adresse „{value}“.',
} as const;
