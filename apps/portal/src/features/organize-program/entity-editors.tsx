import {
  RoomCreateInputSchema,
  RoomUpdateInputSchema,
  SpeakerCreateInputSchema,
  SpeakerUpdateInputSchema,
  TrackCreateInputSchema,
  TrackUpdateInputSchema,
} from '@gorod/sdk';
import { type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n-provider';
import { useLocale } from '../../i18n/i18n-provider';
import { ErrorMessage } from '../../ui/error-message';
import { issueText } from '../../ui/issue-text';
import { TextField } from '../../ui/text-field';
import { localized } from '../program/queries';
import { emptyLocalized, fromLocalized, type LocalizedDraft, LocalizedFields, toLocalized } from './localized-fields';
import { PersonPicker, type PickedPerson } from './person-picker';
import { type ProgramMutations, useSpeakerAccounts } from './queries';
import { useCreateOrUpdate } from './use-create-or-update';

type Text = { ru: string; en?: string | undefined; zh?: string | undefined };

interface EditorProps<T> {
  editionId: string;
  items: T[];
  mutations: ProgramMutations;
}

/** The id being edited, 'new' for a new one, or null while no form is open. */
function useEditing() {
  return useState<string | null>(null);
}

export function RoomsEditor({ editionId, items, mutations }: EditorProps<{ id: string; name: Text; floor: number; capacity: number }>) {
  const { locale } = useLocale();
  const [editing, setEditing] = useEditing();
  const [name, setName] = useState<LocalizedDraft>(emptyLocalized);
  const [floor, setFloor] = useState('1');
  const [capacity, setCapacity] = useState('100');
  const id = editing && editing !== 'new' ? editing : undefined;
  const form = useCreateOrUpdate(
    id,
    { create: RoomCreateInputSchema, update: RoomUpdateInputSchema },
    { create: mutations.createRoom, update: mutations.updateRoom },
  );
  const open = (room?: (typeof items)[number]) => {
    setEditing(room?.id ?? 'new');
    setName(fromLocalized(room?.name));
    setFloor(String(room?.floor ?? 1));
    setCapacity(String(room?.capacity ?? 100));
  };
  return (
    <EntitySection title="organizeProgram.rooms" testId="rooms-editor" onAdd={() => open()}>
      <EntityList items={items.map((room) => ({ id: room.id, label: `${localized(room.name, locale)} · ${room.capacity}`, edit: () => open(room) }))} />
      {editing && (
        <form
          className="form card"
          noValidate
          onSubmit={form.handleSubmit(
            () => ({ ...(id ? { id } : { editionId }), name: toLocalized(name), floor: Number(floor), capacity: Number(capacity) }),
            { onSuccess: () => setEditing(null) },
          )}
        >
          <LocalizedFields label={<FormattedMessage id="organizeProgram.name" />} name="name" value={name} onChange={setName} issues={form.byField.name} />
          <div className="form__row">
            <TextField label={<FormattedMessage id="organizeProgram.room.floor" />} name="floor" type="number" value={floor} issues={form.byField.floor} onChange={(e) => setFloor(e.target.value)} />
            <TextField label={<FormattedMessage id="organizeProgram.room.capacity" />} name="capacity" type="number" value={capacity} issues={form.byField.capacity} onChange={(e) => setCapacity(e.target.value)} />
          </div>
          <FormFooter error={form.formError} pending={form.isPending} onClose={() => setEditing(null)} />
        </form>
      )}
    </EntitySection>
  );
}

export function TracksEditor({ editionId, items, mutations }: EditorProps<{ id: string; name: Text }>) {
  const { locale } = useLocale();
  const [editing, setEditing] = useEditing();
  const [name, setName] = useState<LocalizedDraft>(emptyLocalized);
  const id = editing && editing !== 'new' ? editing : undefined;
  const form = useCreateOrUpdate(
    id,
    { create: TrackCreateInputSchema, update: TrackUpdateInputSchema },
    { create: mutations.createTrack, update: mutations.updateTrack },
  );
  const open = (track?: (typeof items)[number]) => {
    setEditing(track?.id ?? 'new');
    setName(fromLocalized(track?.name));
  };
  return (
    <EntitySection title="organizeProgram.tracks" testId="tracks-editor" onAdd={() => open()}>
      <EntityList items={items.map((track) => ({ id: track.id, label: localized(track.name, locale), edit: () => open(track) }))} />
      {editing && (
        <form
          className="form card"
          noValidate
          onSubmit={form.handleSubmit(() => ({ ...(id ? { id } : { editionId }), name: toLocalized(name) }), { onSuccess: () => setEditing(null) })}
        >
          <LocalizedFields label={<FormattedMessage id="organizeProgram.name" />} name="name" value={name} onChange={setName} issues={form.byField.name} />
          <FormFooter error={form.formError} pending={form.isPending} onClose={() => setEditing(null)} />
        </form>
      )}
    </EntitySection>
  );
}

type SpeakerItem = { id: string; name: Text; position: Text | null; organisation: Text | null };

export function SpeakersEditor({ editionId, items, mutations }: EditorProps<SpeakerItem>) {
  const { locale } = useLocale();
  const intl = useIntl();
  const accounts = useSpeakerAccounts();
  const [account, setAccount] = useState<PickedPerson | null>(null);
  const [editing, setEditing] = useEditing();
  const [name, setName] = useState<LocalizedDraft>(emptyLocalized);
  const [position, setPosition] = useState<LocalizedDraft>(emptyLocalized);
  const [organisation, setOrganisation] = useState<LocalizedDraft>(emptyLocalized);
  const id = editing && editing !== 'new' ? editing : undefined;
  const form = useCreateOrUpdate(
    id,
    { create: SpeakerCreateInputSchema, update: SpeakerUpdateInputSchema },
    { create: mutations.createSpeaker, update: mutations.updateSpeaker },
  );
  const open = (speaker?: SpeakerItem) => {
    setEditing(speaker?.id ?? 'new');
    setName(fromLocalized(speaker?.name));
    setPosition(fromLocalized(speaker?.position));
    setOrganisation(fromLocalized(speaker?.organisation));
    setAccount((speaker && accounts.data?.get(speaker.id)) ?? null);
  };
  const optional = (draft: LocalizedDraft) => (draft.ru.trim() ? toLocalized(draft) : null);
  return (
    <EntitySection title="organizeProgram.speakers" testId="speakers-editor" onAdd={() => open()}>
      <EntityList items={items.map((speaker) => ({ id: speaker.id, label: localized(speaker.name, locale), edit: () => open(speaker) }))} />
      {editing && (
        <form
          className="form card"
          noValidate
          onSubmit={form.handleSubmit(
            () => ({
              ...(id ? { id } : { editionId }),
              name: toLocalized(name),
              position: optional(position),
              organisation: optional(organisation),
              userId: account?.id ?? null,
            }),
            { onSuccess: () => setEditing(null) },
          )}
        >
          <LocalizedFields label={<FormattedMessage id="organizeProgram.name" />} name="name" value={name} onChange={setName} issues={form.byField.name} />
          <LocalizedFields label={<FormattedMessage id="organizeProgram.speaker.position" />} name="position" value={position} onChange={setPosition} issues={form.byField.position} />
          <LocalizedFields
            label={<FormattedMessage id="organizeProgram.speaker.organisation" />}
            name="organisation"
            value={organisation}
            onChange={setOrganisation}
            issues={form.byField.organisation}
          />
          <PersonPicker
            label={intl.formatMessage({ id: 'organizeProgram.speaker.account' })}
            value={account}
            onChange={setAccount}
            issues={form.byField.userId?.map((issue) => issueText(intl, issue)).join('; ')}
          />
          <FormFooter error={form.formError} pending={form.isPending} onClose={() => setEditing(null)} />
        </form>
      )}
    </EntitySection>
  );
}

function EntitySection({ title, testId, onAdd, children }: { title: MessageId; testId: string; onAdd: () => void; children: ReactNode }) {
  return (
    <section className="entity-editor" data-testid={testId}>
      <div className="entity-editor__head">
        <h2>
          <FormattedMessage id={title} />
        </h2>
        <button type="button" className="button button--secondary" onClick={onAdd}>
          <FormattedMessage id="organizeProgram.add" />
        </button>
      </div>
      {children}
    </section>
  );
}

function EntityList({ items }: { items: { id: string; label: string; edit: () => void }[] }) {
  return (
    <ul className="entity-list">
      {items.map((item) => (
        <li key={item.id}>
          <span>{item.label}</span>
          <button type="button" className="button button--small button--secondary" onClick={item.edit}>
            <FormattedMessage id="organizeProgram.edit" />
          </button>
        </li>
      ))}
    </ul>
  );
}

function FormFooter({ error, pending, onClose }: { error: unknown; pending: boolean; onClose: () => void }) {
  return (
    <>
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          <FormattedMessage id="organizeProgram.save" />
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          <FormattedMessage id="organizeProgram.close" />
        </button>
      </div>
    </>
  );
}
