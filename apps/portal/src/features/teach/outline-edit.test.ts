import { type Item, type Outline, OutlineSchema } from '@gorod/sdk';
import { describe, expect, it } from 'vitest';
import { addItem, addModule, earlierTargets, move, moveItem, moveModule, removeItem, removeModule, withoutEmptyTranslations } from './outline-edit';

const article = (id: string): Item => ({ id, kind: 'article', title: { ru: id }, body: { ru: `# ${id}` } });
const klass = (id: string): Item => ({ id, kind: 'class', title: { ru: id }, sessionId: 'class-1' });

const outline: Outline = {
  modules: [
    { id: 'm1', title: { ru: 'Первый' }, unlock: { kind: 'always' }, items: [article('a1'), klass('c1')] },
    { id: 'm2', title: { ru: 'Второй' }, unlock: { kind: 'after_module', moduleId: 'm1' }, items: [article('a2')] },
    { id: 'm3', title: { ru: 'Третий' }, unlock: { kind: 'after_class', itemId: 'c1' }, items: [] },
  ],
};

describe('editing a draft outline with buttons', () => {
  it('moves an entry one place and leaves the list alone at its ends', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('moves modules and items without touching the others', () => {
    expect(moveModule(outline, 'm3', -1).modules.map((m) => m.id)).toEqual(['m1', 'm3', 'm2']);
    expect(moveItem(outline, 'm1', 'c1', -1).modules[0]?.items.map((i) => i.id)).toEqual(['c1', 'a1']);
    expect(outline.modules[0]?.items.map((i) => i.id)).toEqual(['a1', 'c1']);
  });

  it('adds a module that opens always and an item at the end of its module, with fresh UUIDv7 ids', () => {
    const added = addModule(outline, 'Четвёртый');
    const fourth = added.modules[3];
    expect(fourth).toMatchObject({ title: { ru: 'Четвёртый' }, unlock: { kind: 'always' }, items: [] });
    expect(fourth?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(addItem(outline, 'm2', article('a3')).modules[1]?.items.map((i) => i.id)).toEqual(['a2', 'a3']);
  });

  it('opens always the modules that waited for a removed module or its class, so the outline stays valid', () => {
    const without = removeModule(outline, 'm1');
    expect(without.modules.map((m) => [m.id, m.unlock.kind])).toEqual([
      ['m2', 'always'],
      ['m3', 'always'],
    ]);
    expect(OutlineSchema.safeParse(without).success).toBe(true);
    const noClass = removeItem(outline, 'm1', 'c1');
    expect(noClass.modules[2]?.unlock).toEqual({ kind: 'always' });
    expect(OutlineSchema.safeParse(noClass).success).toBe(true);
  });

  it('offers a module only the earlier modules and their classes to wait for', () => {
    expect(earlierTargets(outline, 'm1')).toEqual({ modules: [], classes: [] });
    const targets = earlierTargets(outline, 'm3');
    expect(targets.modules.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(targets.classes.map((i) => i.id)).toEqual(['c1']);
  });

  it('drops translations left empty, in any item kind, and keeps everything else', () => {
    const typed = {
      modules: [
        {
          id: 'm1',
          title: { ru: 'Модуль', en: '', zh: '模块' },
          unlock: { kind: 'always' },
          items: [{ id: 'a1', kind: 'article', title: { ru: 'Статья', en: ' ' }, body: { ru: 'Текст', en: '', zh: '' } }],
        },
      ],
    };
    expect(withoutEmptyTranslations(typed)).toEqual({
      modules: [{ id: 'm1', title: { ru: 'Модуль', zh: '模块' }, unlock: { kind: 'always' }, items: [{ id: 'a1', kind: 'article', title: { ru: 'Статья' }, body: { ru: 'Текст' } }] }],
    });
  });
});
