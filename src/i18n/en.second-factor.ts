// English texts of the staff second factor (part of the catalogue in en.ts).
import type { deSecondFactor } from './de.second-factor.js';

export const enSecondFactor: Record<keyof typeof deSecondFactor, string> = {
  'secondFactor.title': 'Second factor',
  'secondFactor.intro':
    'With a second factor, signing in needs a six-digit code from an authenticator app on your phone (for example Aegis, FreeOTP, Google or Microsoft Authenticator) besides your password. Someone who only knows your password cannot get in.',
  'secondFactor.requiredNotice':
    'Your role (platform administration or finance) requires a second factor. Set it up now; then the back office is open to you.',
  'secondFactor.notSetUp': 'Your account has no second factor yet.',
  'secondFactor.start': 'Start setting up',
  'secondFactor.step1': 'Open your authenticator app and add an account.',
  'secondFactor.step2': 'Scan this QR code. If that does not work, type in the key by hand.',
  'secondFactor.step3': 'Enter the code the app shows now.',
  'secondFactor.qrAlt': 'QR code with which your authenticator app adds Lotse for {email}',
  'secondFactor.secret': 'Key for typing in by hand',
  'secondFactor.secretHint': 'Time-based (TOTP), 6 digits, a new code every 30 seconds.',
  'secondFactor.code': 'Six-digit code',
  'secondFactor.confirm': 'Confirm and turn on',
  'secondFactor.enabled': 'The second factor is on.',
  'secondFactor.recoveryTitle': 'Your recovery codes',
  'secondFactor.recoveryIntro':
    'If your phone is not at hand, sign in with one of these codes. Each code works once. Print them or keep them in a password manager: they are shown only now.',
  'secondFactor.continue': 'Continue',
  'secondFactor.activeSince': 'On since {date}.',
  'secondFactor.codesLeft': 'Unused recovery codes: {count}.',
  'secondFactor.renewTitle': 'New recovery codes',
  'secondFactor.renewHint': 'The previous codes stop working. Confirm with the current code from your app.',
  'secondFactor.renew': 'Create new codes',
  'secondFactor.offTitle': 'Turn the second factor off',
  'secondFactor.offHint':
    'Confirm with the current code from your app or with your password. Afterwards the password alone is enough again.',
  'secondFactor.offField': 'Code or password',
  'secondFactor.off': 'Turn off',
  'secondFactor.offRequired':
    'Your role requires a second factor; it cannot be turned off. For a new or lost phone, the platform administration resets it; then you set it up again.',
  'secondFactor.notice.aus': 'The second factor is off.',
  'secondFactor.notice.wiederherstellung':
    'You signed in with a recovery code. If your phone is lost, do not create new codes here: have the second factor reset (platform administration), or turn it off and set it up again.',
  'secondFactor.error.code': 'The code is wrong. Check that your phone’s clock is right and enter the current code.',
  'secondFactor.error.expired': 'Setting up took too long. Please start again.',
  'secondFactor.error.exists': 'Your account already has a second factor.',
  'secondFactor.error.required': 'Your role requires a second factor; you cannot turn it off.',
  'secondFactor.error.enrolFirst': 'Please set up a second factor first (back office → Second factor).',
  'secondFactor.error.confirmation': 'Code or password is wrong.',

  'signinCode.title': 'Confirm sign-in',
  'signinCode.intro': 'Your account is protected by a second factor. Enter the six-digit code from your authenticator app.',
  'signinCode.code': 'Code',
  'signinCode.hint': 'Phone not at hand? Enter one of your recovery codes.',
  'signinCode.invalid': 'The code is wrong or has been used already.',
  'signinCode.back': 'Back to sign-in',
  'signin.codeExpired': 'The sign-in has expired or was tried too often with a wrong code. Please sign in again.',

  'account.secondFactor': 'Second factor',
  'account.secondFactorOn': 'on',
  'account.secondFactorOff': 'not set up',
  'account.secondFactorManage': 'Manage second factor',

  'users.secondFactorTitle': 'Second factor',
  'users.secondFactorOn': 'On since {date}.',
  'users.secondFactorOff': 'Not set up.',
  'users.secondFactorResetHint':
    'If the person lost or replaced their phone, reset the second factor. They are signed out everywhere and set it up again (required at the next sign-in for administration and finance).',
  'users.secondFactorReset': 'Reset second factor',
  'users.secondFactorNotSelf': 'You manage your own second factor under “Your account”.',
  'users.notice.faktor': 'The second factor is reset; the person is signed out everywhere.',

  'accounts.secondFactorReset': 'Second factor reset: {email}. The person is signed out everywhere.',
  'accounts.unknownUser': 'No account with the e-mail address “{value}”.',
};
