import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import ru from '../../i18n/ru.json';
import staffEn from '../../i18n/staff/en.json';
import staffRu from '../../i18n/staff/ru.json';
import staffZh from '../../i18n/staff/zh.json';
import zh from '../../i18n/zh.json';
import { asMessages } from '../../i18n/i18n-provider';
import { auditDetailText } from './detail-text';

// The audit page reads the portal's catalogue and the staff pages' own (`withStaffMessages`).
const intl = {
  ru: createIntl({ locale: 'ru', messages: { ...asMessages(ru), ...staffRu } }),
  en: createIntl({ locale: 'en', messages: { ...asMessages(en), ...staffEn } }),
  zh: createIntl({ locale: 'zh', messages: { ...asMessages(zh), ...staffZh } }),
};

describe('auditDetailText', () => {
  it('names roles in words in each language', () => {
    expect(auditDetailText(intl.ru, 'roles', 'learner,instructor')).toBe('слушатель и преподаватель');
    expect(auditDetailText(intl.en, 'to', 'instructor,learner,organizer')).toBe('instructor, learner, and organizer');
    expect(auditDetailText(intl.zh, 'from', 'learner')).toBe('学员');
  });

  it('says what token scopes allow', () => {
    expect(auditDetailText(intl.ru, 'scopes', 'catalog:read,profile:read')).toBe(
      'читать каталог курсов и читать ваш профиль (имя, почта, город)',
    );
  });

  it('says "no roles" for an empty list, and keeps codes it has no words for', () => {
    expect(auditDetailText(intl.ru, 'from', '')).toBe('нет ролей');
    expect(auditDetailText(intl.en, 'roles', 'learner,mentor')).toBe('learner and mentor');
  });

  it('leaves other details as they are', () => {
    expect(auditDetailText(intl.ru, 'tokenId', 'abc,def')).toBe('abc,def');
    expect(auditDetailText(intl.ru, 'email', null)).toBe('—');
    expect(auditDetailText(intl.ru, 'count', 3)).toBe('3');
  });
});
