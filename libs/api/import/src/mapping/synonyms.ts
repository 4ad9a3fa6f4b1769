import type { ImportField, ImportMapping } from '@ct/contracts';

/**
 * Header titles each field is known by, in English and Russian, compared after `headerKey` (lower case,
 * ё→е, Cyrillic А→a, punctuation and spaces removed). First an exact title, then a title that contains one.
 */
export const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  firstName: ['first name', 'firstname', 'given name', 'given names', 'name first', 'имя', 'имя клиента', 'имя латиницей'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'фамилия', 'фамилия латиницей'],
  aNumber: ['a-number', 'a number', 'anumber', 'a#', 'a no', 'alien number', 'alien registration number', 'uscis number', 'а-номер', 'номер а', 'а номер', 'регистрационный номер'],
  dateOfBirth: ['date of birth', 'birth date', 'birthdate', 'dob', 'born', 'birthday', 'дата рождения', 'д р', 'др', 'рождение'],
  email: ['email', 'e-mail', 'email address', 'mail', 'эл почта', 'электронная почта', 'почта', 'емейл', 'имейл'],
  phone: ['phone', 'phone number', 'telephone', 'mobile', 'cell', 'tel', 'телефон', 'тел', 'мобильный', 'номер телефона'],
  languages: ['languages', 'language', 'языки', 'язык'],
  educationLevel: ['education', 'education level', 'degree', 'образование', 'уровень образования'],
  englishLevel: ['english', 'english level', 'level of english', 'английский', 'уровень английского', 'английский язык'],
  profession: ['profession', 'occupation', 'job', 'specialty', 'профессия', 'специальность', 'род занятий'],
  householdSize: ['household size', 'household', 'family size', 'people in household', 'размер семьи', 'состав семьи', 'человек в семье', 'членов семьи'],
  region: ['region', 'city', 'location', 'area', 'регион', 'город', 'место проживания'],
  chosenName: ['chosen name', 'preferred name', 'goes by', 'name used', 'выбранное имя', 'предпочитаемое имя', 'как обращаться'],
  pronouns: ['pronouns', 'pronoun', 'местоимения', 'местоимение'],
  attorney: ['attorney', 'lawyer', 'attorney of record', 'legal representative', 'адвокат', 'юрист', 'представитель'],
  asylumOffice: ['asylum office', 'court', 'immigration court', 'office', 'офис убежища', 'офис', 'иммиграционный суд'],
  interpreterLanguage: ['interpreter', 'interpreter language', 'переводчик', 'язык переводчика'],
  contactChannel: ['contact channel', 'preferred contact', 'how to contact', 'messenger', 'способ связи', 'мессенджер', 'канал связи'],
  contactHandle: ['contact handle', 'handle', 'username', 'signal', 'telegram', 'whatsapp', 'ник', 'контакт в мессенджере', 'логин'],
  caseKind: ['case type', 'case kind', 'kind', 'affirmative defensive', 'тип дела', 'вид дела', 'тип кейса'],
  arrivedOn: ['arrival', 'arrival date', 'arrived', 'last arrival', 'date of arrival', 'entry date', 'date of entry', 'прибытие', 'дата прибытия', 'дата въезда', 'въезд', 'приезд', 'дата приезда'],
  i589FiledOn: ['i-589 filed', 'i589 filed', 'i-589', 'i589', 'asylum application filed', 'asylum filed', 'date filed', 'подача i-589', 'дата подачи i-589', 'i-589 подан', 'подача на убежище', 'дата подачи на убежище'],
  eadAppliedOn: ['i-765 filed', 'i765 filed', 'i-765', 'i765', 'ead applied', 'ead application', 'work permit applied', 'work permit application', 'подача i-765', 'i-765 подан', 'дата подачи i-765', 'подача на разрешение на работу', 'заявление на разрешение на работу'],
  eadApprovedOn: ['permit approved', 'ead approved', 'work permit approved', 'ead approval', 'work permit', 'ead', 'разрешение на работу одобрено', 'одобрение ead', 'ead одобрен', 'разрешение на работу', 'пермит одобрен'],
  interviewOn: ['interview', 'interview date', 'asylum interview', 'интервью', 'дата интервью', 'собеседование'],
};

/** Lower case, ё→е, Cyrillic "А" as Latin "a" (as in "А-номер"), only letters, digits and # kept. */
export function headerKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^а(?=[\s#-]|номер)/, 'a')
    .replace(/[^\p{L}\p{N}#]+/gu, '');
}

const EXACT = new Map<string, ImportField>();
const CONTAINED: [string, ImportField][] = [];
for (const [field, titles] of Object.entries(HEADER_SYNONYMS) as [ImportField, string[]][]) {
  for (const t of titles) {
    const key = headerKey(t);
    if (!EXACT.has(key)) EXACT.set(key, field);
    // Short Latin titles (ead, tel, dob) match only whole; Russian ones (имя) are distinctive enough.
    if (key.length >= 4 || (key.length === 3 && /[^a-z0-9#]/.test(key))) CONTAINED.push([key, field]);
  }
}
// Longest first: "i765filed" must win over "i765" and "ead".
CONTAINED.sort((a, b) => b[0].length - a[0].length);

/** The field a header title suggests, or null. */
export function suggestField(title: string): ImportField | null {
  const key = headerKey(title);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const [synonym, field] of CONTAINED) if (key.includes(synonym)) return field;
  return null;
}

/** A mapping suggested from the headers; a field goes to the first column that suggests it. */
export function suggestMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<ImportField>();
  headers.forEach((title, index) => {
    const field = suggestField(title);
    if (field && !taken.has(field)) {
      mapping[String(index)] = field;
      taken.add(field);
    }
  });
  return mapping;
}

/** A remembered mapping (header title → field) applied to new headers, by title. */
export function applyRemembered(headers: string[], remembered: Record<string, ImportField>): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<ImportField>();
  headers.forEach((title, index) => {
    const field = remembered[headerKey(title)];
    if (field && !taken.has(field)) {
      mapping[String(index)] = field;
      taken.add(field);
    }
  });
  return mapping;
}

/** The mapping to remember: header key → field. */
export function rememberable(headers: string[], mapping: ImportMapping): Record<string, ImportField> {
  const out: Record<string, ImportField> = {};
  for (const [index, field] of Object.entries(mapping)) {
    const key = headerKey(headers[Number(index)] ?? '');
    if (key) out[key] = field;
  }
  return out;
}
