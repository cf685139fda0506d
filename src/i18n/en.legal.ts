// English texts of the legal pages (part of the catalogue in en.ts).
import type { deLegal } from './de.legal.js';

export const enLegal: Record<keyof typeof deLegal, string> = {
  'site.footer.legal': 'Legal',
  'legal.imprint.title': 'Legal notice',
  'legal.privacy.title': 'Privacy notice',
  'legal.accessibility.title': 'Accessibility statement',
  'legal.notSet': 'These details have not been entered yet.',
  'legal.imprint.intro': 'Information under § 5 of the German Digital Services Act (DDG) and § 18 of the Interstate Media Treaty (MStV).',
  'legal.responsibleBody': 'Provider and responsible body',
  'legal.address': 'Address',
  'legal.representative': 'Represented by',
  'legal.email': 'E-mail',
  'legal.phone': 'Telephone',
  'legal.vatId': 'VAT identification number',
  'legal.contentResponsible': 'Responsible for the content under § 18(2) MStV',
  'legal.software': 'Software',
  'legal.softwareText': 'This platform runs on Lotse, free software under the EUPL-1.2 licence.',
  'legal.privacy.intro':
    'This page explains which personal data this platform processes, for what purpose, on which legal basis and for how long (Articles 13 and 14 GDPR). The sections on each processing are generated from the platform’s features and state the periods that are configured.',
  'legal.privacy.controller': 'Controller',
  'legal.privacy.dpo': 'Data protection officer',
  'legal.privacy.processing': 'Processing in detail',
  'legal.privacy.purpose': 'Purpose',
  'legal.privacy.legalBasis': 'Legal basis',
  'legal.privacy.categories': 'Data',
  'legal.privacy.retention': 'Retention',
  'legal.privacy.recipients': 'Recipients and transfers',
  'legal.privacy.recipientsText':
    'The data is processed on servers of the controller or its processor in Germany. It is not transferred to third countries and not used for advertising or profiling. Fonts, maps and other files are served by this platform itself; there are no analytics or tracking services and no cookies other than those needed for signing in and for forms.',
  'legal.privacy.rights': 'Your rights',
  'legal.privacy.rightsText':
    'You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20) and to object (Art. 21). You may withdraw consent at any time with effect for the future (Art. 7(3)). Contact the controller or the data protection officer. With a resident account you download your data and delete the account yourself.',
  'legal.privacy.authority': 'Right to lodge a complaint with a supervisory authority',
  'legal.privacy.authorityText': 'You may lodge a complaint with a data protection supervisory authority (Art. 77 GDPR), for example:',
  'legal.privacy.link': 'How we handle your data',
  'legal.accessibility.intro':
    'The public bodies that run this platform strive to make it accessible, in accordance with the Schleswig-Holstein Act on Equal Opportunities for Persons with Disabilities (LBGG, §§ 12a–12f) and the German Accessible Information Technology Ordinance (BITV 2.0), which implement Directive (EU) 2016/2102.',
  'legal.accessibility.status': 'Compliance status',
  'legal.accessibility.status.full': 'This website is fully compliant with the requirements of BITV 2.0.',
  'legal.accessibility.status.partial':
    'This website is partially compliant with the requirements of BITV 2.0. The content listed below is not accessible.',
  'legal.accessibility.status.none': 'This website is not compliant with the requirements of BITV 2.0.',
  'legal.accessibility.barriers': 'Non-accessible content',
  'legal.accessibility.noBarriers': 'No barriers are known.',
  'legal.accessibility.evaluation': 'Preparation of this statement',
  'legal.accessibility.evaluationDate': 'Date of the evaluation',
  'legal.accessibility.evaluationMethod': 'Method of the evaluation',
  'legal.accessibility.feedback': 'Report a barrier: feedback and contact',
  'legal.accessibility.feedbackIntro':
    'Have you noticed a barrier, or do you need content in an accessible form? Write to us. Your message is e-mailed to the responsible body, and you receive an acknowledgement.',
  'legal.accessibility.feedbackUnavailable': 'The form has not been set up yet. Please use the contact details in the legal notice.',
  'legal.accessibility.feedbackSent': 'Thank you, your report has arrived. We have sent you an acknowledgement.',
  'legal.accessibility.form.name': 'Name (optional)',
  'legal.accessibility.form.email': 'E-mail address (for our answer)',
  'legal.accessibility.form.page': 'Page or feature concerned (optional)',
  'legal.accessibility.form.message': 'Your report',
  'legal.accessibility.form.submit': 'Send report',
  'legal.accessibility.form.limited': 'Too many reports in a short time. Please try again in 15 minutes.',
  'legal.accessibility.complaints': 'Enforcement procedure (conciliation)',
  'legal.accessibility.complaintsText':
    'If you do not receive a satisfactory answer to your report, you can turn to the complaints office (§ 12e LBGG). It mediates between you and the public body:',
  'legal.mail.feedback.subject': 'Barrier reported',
  'legal.mail.feedback.text':
    'This report came in through the accessibility statement:\n\nName: {name}\nE-mail: {email}\nPage or feature: {page}\n\n{message}\n\nPlease answer within six weeks, directly to the address given.',
  'legal.mail.ack.subject': 'Your accessibility report has arrived',
  'legal.mail.ack.text':
    'Hello,\n\nYour report on the accessibility of {site} has arrived and has been passed on to {body}. You will receive an answer at this address.\n\nYour report:\n{message}',
  'legal.unnamed': '(not given)',
  'backoffice.nav.legal': 'Legal pages',
  'legal.settings.title': 'Legal notice, privacy and accessibility',
  'legal.settings.intro':
    'This installation’s details for the legal notice, the privacy notice and the accessibility statement. Lotse generates the privacy notice’s sections on each processing itself.',
  'legal.settings.saved': 'Saved.',
  'legal.settings.provider': 'Provider',
  'legal.settings.dpo': 'Data protection officer: name and contact',
  'legal.settings.authority': 'Data protection supervisory authority',
  'legal.settings.accessibility': 'Accessibility',
  'legal.settings.status': 'Compliance status',
  'legal.settings.status.full': 'fully compliant',
  'legal.settings.status.partial': 'partially compliant',
  'legal.settings.status.none': 'not compliant',
  'legal.settings.barriers': 'Known barriers (per language)',
  'legal.settings.method': 'Method of the evaluation (per language)',
  'legal.settings.complaintsOffice': 'Complaints office (name and address)',
  'legal.settings.multiline': 'One item per line.',
  'legal.settings.save': 'Save',
  'legal.settings.error.email': 'Please give a valid e-mail address.',
  'legal.settings.error.date': 'Please give a date (DD.MM.YYYY).',
  'legal.processing.logs.title': 'Server logs',
  'legal.processing.logs.purpose':
    'Running the platform securely: finding errors, detecting and fending off attacks, limiting abuse of forms.',
  'legal.processing.logs.legalBasis':
    'Art. 6(1)(e) GDPR with § 4 of the Schleswig-Holstein Data Protection Act (task in the public interest); Art. 32 GDPR (security of processing).',
  'legal.processing.logs.categories':
    'IP address, time, address requested without the values of search parameters, status code and duration. No cookies, no form contents, no e-mail addresses.',
  'legal.processing.logs.retention': 'Logs {days} days, then deleted; counters for limits (hashed keys only) one day.',
  'legal.processing.feedback.title': 'Accessibility reports',
  'legal.processing.feedback.purpose': 'Removing barriers and answering you (§ 12c LBGG).',
  'legal.processing.feedback.legalBasis': 'Art. 6(1)(c) and (e) GDPR with § 12c LBGG Schleswig-Holstein.',
  'legal.processing.feedback.categories': 'E-mail address, optionally your name and the page concerned, your message.',
  'legal.processing.feedback.retention':
    'Lotse does not store the report: it is e-mailed to the responsible body and to you and stays in the queue only until sent. The responsible body keeps the e-mail until the matter is settled, at most {months} months.',
  'legal.processing.notices.title': 'Notices on projects',
  'legal.processing.notices.purpose':
    'Handling and weighing your notice on a project and publishing it with the weighing (without name or address); telling you the outcome.',
  'legal.processing.notices.legalBasis':
    'Art. 6(1)(e) GDPR with § 4 of the Schleswig-Holstein Data Protection Act and the rules on residents’ participation (§ 16a ff. Municipal Code).',
  'legal.processing.notices.categories': 'E-mail address (confirmed), optionally your name, the text of the notice.',
  'legal.processing.notices.retention':
    'Name and e-mail address {months} months after the notice is closed (never closed: at most {years} years), unconfirmed {days} days. The text stays with the project without a name.',
  'legal.processing.requests.title': 'Participation requests',
  'legal.processing.requests.purpose': 'Handling your request, deliberating it in the committees and telling you each step.',
  'legal.processing.requests.legalBasis':
    'Art. 6(1)(e) GDPR with § 4 of the Schleswig-Holstein Data Protection Act and § 16a ff. Municipal Code.',
  'legal.processing.requests.categories': 'Name and e-mail address of the initiator; title and reasons (public, without a name).',
  'legal.processing.requests.retention':
    'Name and e-mail address {months} months after the request is closed (never closed: at most {years} years after its last change), unconfirmed {days} days.',
  'legal.processing.signatures.title': 'Signatures',
  'legal.processing.signatures.purpose':
    'Counting support for a participation request, each address once, against the municipality’s quorum.',
  'legal.processing.signatures.legalBasis': 'Art. 6(1)(a) GDPR (consent) and (e) with § 16a ff. Municipal Code.',
  'legal.processing.signatures.categories':
    'Name, place of residence, declaration of being at least 16, e-mail address (confirmed). Never public; only the count is.',
  'legal.processing.signatures.retention':
    'The period the municipality set after the request is closed ({days} days unless it set another); a collection that never closes at most {years} years; unconfirmed {unconfirmed} days. Then deleted.',
  'legal.processing.events.title': 'Event registrations',
  'legal.processing.events.purpose': 'Allocating seats, keeping the waiting list, reminding you, telling you of changes and cancellations.',
  'legal.processing.events.legalBasis': 'Art. 6(1)(e) GDPR; for support needs Art. 9(2)(a) GDPR (explicit consent).',
  'legal.processing.events.categories':
    'Name, e-mail address, optionally organisation, support needs and the answer to the event’s question. Never public.',
  'legal.processing.events.retention':
    'Support needs until {supportDays} day after the event; name and address for the period the event states, at most {maxDays} days after it; unconfirmed {unconfirmed} days.',
  'legal.processing.residents.title': 'Resident account, ideas and comments',
  'legal.processing.residents.purpose':
    'Signing in by link, your own contributions (ideas, comments, supports), notifications as you choose.',
  'legal.processing.residents.legalBasis': 'Art. 6(1)(a) GDPR (consent by creating the account) and (e).',
  'legal.processing.residents.categories':
    'E-mail address, optionally display name and password (only as a hash), language, notification setting, sessions, your contributions.',
  'legal.processing.residents.retention':
    'Until you delete the account (at any time, in the account; you can download your data as JSON first). Sign-in links {linkMinutes} minutes, sessions 30 days. Ideas and comments stay without a name after deletion.',
  'legal.processing.contact.title': 'Partners’ contact form',
  'legal.processing.contact.purpose': 'Passing your message on to a partner in the network.',
  'legal.processing.contact.legalBasis': 'Art. 6(1)(a) GDPR (consent by sending).',
  'legal.processing.contact.categories': 'Name, e-mail address, message. Recipient: the partner you write to.',
  'legal.processing.contact.retention':
    'Lotse does not store the message: it stays in the queue only until the e-mail is sent. The partner’s own periods apply there.',
  'legal.processing.advisory.title': 'Advisory cases',
  'legal.processing.advisory.purpose': 'Advising project teams: request, appointments, messages and files with the digital agency.',
  'legal.processing.advisory.legalBasis': 'Art. 6(1)(e) GDPR; for teams of companies or associations (b).',
  'legal.processing.advisory.categories': 'Resident account, details of the project, messages and files, appointments.',
  'legal.processing.advisory.retention':
    '{months} months after the case is closed, an idle case at most {idleMonths} months; at once when the resident account is deleted.',
  'legal.processing.consultations.title': 'Consultations',
  'legal.processing.consultations.purpose':
    'Receive, answer and respond to comments and ratings on drafts of the region; prepare the table of responses for the council body’s paper.',
  'legal.processing.consultations.legalBasis': 'Art. 6(1)(e) GDPR; taking part is voluntary.',
  'legal.processing.consultations.categories':
    'Resident account (display name), comments with the quoted passage, for each section whether you agree or disagree. Public are comments with display names and the number of ratings; the table of responses (page, PDF, CSV) names nobody. Who rated how is not public.',
  'legal.processing.consultations.retention':
    'Comments and responses as long as the consultation exists (they belong to the decision’s file); ratings are deleted with the resident account, and comments then lose their name.',
  'legal.processing.surveys.title': 'Surveys',
  'legal.processing.surveys.purpose':
    'Gathering views on projects and on the region’s digitalisation and publishing the results in summary; counting only one answer per person, browser or code.',
  'legal.processing.surveys.legalBasis': 'Art. 6(1)(e) GDPR; taking part is voluntary.',
  'legal.processing.surveys.categories':
    'The answers without names; kept apart from who took part: the resident account, an encrypted value of the browser or a used code. The two are never linked. Single answers are never public; free texts only after moderation.',
  'legal.processing.surveys.retention':
    'As long as the survey exists; deleting the resident account deletes its participation, and the answers stay without any link to a person.',
};
