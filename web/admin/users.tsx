/** Users and roles: create people (staff or a customer organization's), change role, deactivate. */

import { type FormEvent, useEffect, useState } from 'react';
import { api, query } from '../api/client';
import type { Language, Organization, Page, Role, User } from '../api/types';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  SelectField,
  serverFieldErrors,
  TextField,
} from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { loadOrganizations } from '../console/people';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

const ROLES: readonly Role[] = ['customer', 'customer_admin', 'agent', 'supervisor', 'admin'];
const CUSTOMER_ROLES = new Set<Role>(['customer', 'customer_admin']);

function NewUser(props: { organizations: Organization[]; onCreated: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    email: '',
    name: '',
    password: '',
    role: 'customer' as Role,
    organizationId: '',
    language: 'es' as Language,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [created, setCreated] = useState<string | null>(null);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const customer = CUSTOMER_ROLES.has(form.role);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {
      email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim()) ? undefined : t('login.badEmail'),
      name: form.name.trim() === '' ? t('form.requiredField') : undefined,
      password: form.password.length < 12 ? t('admin.weakPassword') : undefined,
      organizationId: customer && form.organizationId === '' ? t('form.requiredField') : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    setCreated(null);
    if (!isValid(local)) return;
    try {
      const user = await api<User>('POST', '/users', {
        body: {
          email: form.email.trim(),
          name: form.name.trim(),
          password: form.password,
          role: form.role,
          language: form.language,
          ...(customer ? { organizationId: form.organizationId } : {}),
        },
      });
      setCreated(user.email);
      setForm({ ...form, email: '', name: '', password: '' });
      props.onCreated();
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setProblem(error);
    }
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('admin.newUser')}</h2>
      <InvalidAlert show={!isValid(errors)} />
      <ProblemAlert error={problem} />
      {created ? (
        <p className="alert alert-success" role="status">
          {t('admin.userCreated', { email: created })}
        </p>
      ) : null}
      <div className="filters">
        <TextField
          label={t('login.email')}
          type="email"
          value={form.email}
          onChange={(e) => set({ email: e.target.value })}
          error={errors.email}
          required
        />
        <TextField
          label={t('admin.name')}
          value={form.name}
          onChange={(e) => set({ name: e.target.value })}
          error={errors.name}
          required
        />
        <TextField
          label={t('login.password')}
          type="password"
          autoComplete="new-password"
          hint={t('admin.passwordHint')}
          value={form.password}
          onChange={(e) => set({ password: e.target.value })}
          error={errors.password}
          required
        />
        <SelectField
          label={t('admin.role')}
          value={form.role}
          onChange={(e) => set({ role: e.target.value as Role })}
          error={errors.role}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
        {customer ? (
          <SelectField
            label={t('queue.organization')}
            value={form.organizationId}
            onChange={(e) => set({ organizationId: e.target.value })}
            error={errors.organizationId}
            required
          >
            <option value="">{t('phone.choose')}</option>
            {props.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label={t('admin.language')}
          value={form.language}
          onChange={(e) => set({ language: e.target.value as Language })}
        >
          <option value="es">Español</option>
          <option value="en">English</option>
        </SelectField>
      </div>
      <button type="submit" className="button primary">
        {t('admin.create')}
      </button>
    </form>
  );
}

function UserRow(props: {
  user: User;
  organization: string;
  onChanged: () => void;
  onProblem: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const { user } = props;
  const patch = async (body: object) => {
    try {
      await api('PATCH', `/users/${user.id}`, { body });
      props.onChanged();
    } catch (error) {
      props.onProblem(error);
    }
  };
  return (
    <tr>
      <td>{user.name}</td>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={t('admin.roleOf', { name: user.name })}
          value={user.role}
          onChange={(e) => void patch({ role: e.target.value })}
        >
          {ROLES.filter((role) => CUSTOMER_ROLES.has(role) === CUSTOMER_ROLES.has(user.role)).map(
            (role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ),
          )}
        </select>
      </td>
      <td>{props.organization}</td>
      <td>
        <button
          type="button"
          className="link-button"
          onClick={() => void patch({ active: !user.active })}
        >
          {user.active ? t('admin.deactivate') : t('admin.activate')}
          <span className="visually-hidden"> {user.name}</span>
        </button>
        {user.active ? null : <span className="badge">{t('admin.inactive')}</span>}
      </td>
    </tr>
  );
}

export function UsersAdmin() {
  const { t } = useI18n();
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [problem, setProblem] = useState<unknown>();
  useEffect(() => {
    loadOrganizations().then(setOrganizations).catch(setProblem);
  }, []);
  const users = useLoad(() => api<Page<User>>('GET', `/users${query({ limit: '100' })}`), 'users');
  const orgName = (id: string | null) =>
    id === null ? t('layout.brand') : (organizations.find((o) => o.id === id)?.name ?? '…');
  return (
    <>
      <PageTitle>{t('admin.users')}</PageTitle>
      <NewUser organizations={organizations} onCreated={() => void users.reload()} />
      <ProblemAlert error={users.error ?? problem} />
      {users.data ? (
        <div className="table-scroll">
          <table>
            <caption>{t('admin.usersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.name')}</th>
                <th scope="col">{t('login.email')}</th>
                <th scope="col">{t('admin.role')}</th>
                <th scope="col">{t('queue.organization')}</th>
                <th scope="col">{t('admin.state')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  organization={orgName(user.organizationId)}
                  onChanged={() => {
                    setProblem(undefined);
                    void users.reload();
                  }}
                  onProblem={setProblem}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Loading />
      )}
    </>
  );
}
