// Danish texts of the staff second factor (part of the catalogue in da.ts).
import type { deSecondFactor } from './de.second-factor.js';

export const daSecondFactor: Record<keyof typeof deSecondFactor, string> = {
  'secondFactor.title': 'Anden faktor',
  'secondFactor.intro':
    'Med en anden faktor kræver login ud over adgangskoden en sekscifret kode fra en godkendelsesapp på din telefon (for eksempel Aegis, FreeOTP, Google eller Microsoft Authenticator). Den, der kun kender din adgangskode, kommer så ikke ind.',
  'secondFactor.requiredNotice':
    'Din rolle (platformadministration eller økonomi) kræver en anden faktor. Opsæt den nu; derefter har du adgang til administrationen.',
  'secondFactor.notSetUp': 'Der er endnu ikke opsat en anden faktor for din konto.',
  'secondFactor.start': 'Start opsætningen',
  'secondFactor.step1': 'Åbn din godkendelsesapp, og tilføj en konto.',
  'secondFactor.step2': 'Scan denne QR-kode. Går det ikke, så indtast nøglen manuelt.',
  'secondFactor.step3': 'Indtast den kode, appen viser nu.',
  'secondFactor.qrAlt': 'QR-kode, som din godkendelsesapp bruger til at tilføje Lotse for {email}',
  'secondFactor.secret': 'Nøgle til manuel indtastning',
  'secondFactor.secretHint': 'Tidsbaseret (TOTP), 6 cifre, en ny kode hvert 30. sekund.',
  'secondFactor.code': 'Sekscifret kode',
  'secondFactor.confirm': 'Bekræft og slå til',
  'secondFactor.enabled': 'Den anden faktor er slået til.',
  'secondFactor.recoveryTitle': 'Dine gendannelseskoder',
  'secondFactor.recoveryIntro':
    'Har du ikke din telefon ved hånden, så log ind med en af disse koder. Hver kode gælder kun én gang. Udskriv koderne, eller gem dem i en adgangskodeadministrator: de vises kun nu.',
  'secondFactor.continue': 'Videre',
  'secondFactor.activeSince': 'Slået til siden {date}.',
  'secondFactor.codesLeft': 'Ubrugte gendannelseskoder: {count}.',
  'secondFactor.renewTitle': 'Nye gendannelseskoder',
  'secondFactor.renewHint': 'De hidtidige koder bliver ugyldige. Bekræft med den aktuelle kode fra din app.',
  'secondFactor.renew': 'Opret nye koder',
  'secondFactor.offTitle': 'Slå den anden faktor fra',
  'secondFactor.offHint': 'Bekræft med den aktuelle kode fra din app eller med din adgangskode. Derefter er adgangskoden igen nok.',
  'secondFactor.offField': 'Kode eller adgangskode',
  'secondFactor.off': 'Slå fra',
  'secondFactor.offRequired':
    'Din rolle kræver en anden faktor, og den kan ikke slås fra. Ved en ny eller mistet telefon nulstiller platformadministrationen den; derefter opsætter du den igen.',
  'secondFactor.notice.aus': 'Den anden faktor er slået fra.',
  'secondFactor.notice.wiederherstellung':
    'Du er logget ind med en gendannelseskode. Er din telefon mistet, så opret ikke nye koder her, men få den anden faktor nulstillet (platformadministrationen), eller slå den fra og opsæt den igen.',
  'secondFactor.error.code': 'Koden er forkert. Kontrollér, at klokken på din telefon går rigtigt, og indtast den aktuelle kode.',
  'secondFactor.error.expired': 'Opsætningen tog for lang tid. Start venligst forfra.',
  'secondFactor.error.exists': 'Der er allerede opsat en anden faktor for din konto.',
  'secondFactor.error.required': 'Din rolle kræver en anden faktor; du kan ikke slå den fra.',
  'secondFactor.error.enrolFirst': 'Opsæt venligst først en anden faktor (Administration → Anden faktor).',
  'secondFactor.error.confirmation': 'Kode eller adgangskode er forkert.',

  'signinCode.title': 'Bekræft login',
  'signinCode.intro': 'Din konto er beskyttet med en anden faktor. Indtast den sekscifrede kode fra din godkendelsesapp.',
  'signinCode.code': 'Kode',
  'signinCode.hint': 'Har du ikke telefonen ved hånden? Indtast en af dine gendannelseskoder.',
  'signinCode.invalid': 'Koden er forkert eller allerede brugt.',
  'signinCode.back': 'Tilbage til login',
  'signin.codeExpired': 'Login er udløbet eller blev forsøgt for mange gange med en forkert kode. Log venligst ind igen.',

  'account.secondFactor': 'Anden faktor',
  'account.secondFactorOn': 'slået til',
  'account.secondFactorOff': 'ikke opsat',
  'account.secondFactorManage': 'Administrér anden faktor',

  'users.secondFactorTitle': 'Anden faktor',
  'users.secondFactorOn': 'Slået til siden {date}.',
  'users.secondFactorOff': 'Ikke opsat.',
  'users.secondFactorResetHint':
    'Har personen mistet eller skiftet sin telefon, så nulstil den anden faktor. Personen bliver logget ud overalt og opsætter den igen (for administration og økonomi påkrævet ved næste login).',
  'users.secondFactorReset': 'Nulstil anden faktor',
  'users.secondFactorNotSelf': 'Din egen anden faktor administrerer du under »Din konto«.',
  'users.notice.faktor': 'Den anden faktor er nulstillet; personen er logget ud overalt.',

  'accounts.secondFactorReset': 'Anden faktor nulstillet: {email}. Personen er logget ud overalt.',
  'accounts.unknownUser': 'Ingen konto med e-mailadressen »{value}«.',
};
