/**
 * Every state × every intent over HTTP: what SPEC §5 allows answers 2xx and moves the ticket
 * where the lifecycle says; what it forbids answers 409 (ILLEGAL_TRANSITION or
 * DIAGNOSIS_REQUIRED) and changes nothing.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  login,
  type SignedInClient,
  useHarness,
} from '../../../../test/support/harness.js';

type State =
  | 'new'
  | 'in_progress'
  | 'in_progress_diagnosed'
  | 'waiting_customer'
  | 'solution_proposed'
  | 'closed';
type Intent =
  | 'diagnosis'
  | 'info_request'
  | 'agent_reply'
  | 'note'
  | 'solution'
  | 'customer_reply'
  | 'accept'
  | 'reject'
  | 'close'
  | 'assign';

/** Where each intent leads from each state: a status, or the refusal code. */
const table: Record<State, Record<Intent, string>> = {
  new: {
    diagnosis: 'in_progress',
    info_request: 'waiting_customer',
    agent_reply: 'in_progress',
    note: 'new',
    solution: 'ILLEGAL_TRANSITION',
    customer_reply: 'new',
    accept: 'ILLEGAL_TRANSITION',
    reject: 'ILLEGAL_TRANSITION',
    close: 'closed',
    assign: 'new',
  },
  in_progress: {
    diagnosis: 'in_progress',
    info_request: 'waiting_customer',
    agent_reply: 'in_progress',
    note: 'in_progress',
    solution: 'DIAGNOSIS_REQUIRED',
    customer_reply: 'in_progress',
    accept: 'ILLEGAL_TRANSITION',
    reject: 'ILLEGAL_TRANSITION',
    close: 'closed',
    assign: 'in_progress',
  },
  in_progress_diagnosed: {
    diagnosis: 'in_progress',
    info_request: 'waiting_customer',
    agent_reply: 'in_progress',
    note: 'in_progress',
    solution: 'solution_proposed',
    customer_reply: 'in_progress',
    accept: 'ILLEGAL_TRANSITION',
    reject: 'ILLEGAL_TRANSITION',
    close: 'closed',
    assign: 'in_progress',
  },
  waiting_customer: {
    diagnosis: 'in_progress',
    info_request: 'waiting_customer',
    agent_reply: 'waiting_customer',
    note: 'waiting_customer',
    solution: 'DIAGNOSIS_REQUIRED',
    customer_reply: 'in_progress',
    accept: 'ILLEGAL_TRANSITION',
    reject: 'ILLEGAL_TRANSITION',
    close: 'closed',
    assign: 'waiting_customer',
  },
  solution_proposed: {
    diagnosis: 'ILLEGAL_TRANSITION',
    info_request: 'ILLEGAL_TRANSITION',
    agent_reply: 'solution_proposed',
    note: 'solution_proposed',
    solution: 'ILLEGAL_TRANSITION',
    customer_reply: 'solution_proposed',
    accept: 'closed',
    reject: 'in_progress',
    close: 'closed',
    assign: 'solution_proposed',
  },
  closed: {
    diagnosis: 'ILLEGAL_TRANSITION',
    info_request: 'ILLEGAL_TRANSITION',
    agent_reply: 'ILLEGAL_TRANSITION',
    note: 'closed',
    solution: 'ILLEGAL_TRANSITION',
    customer_reply: 'closed', // opens a new linked ticket; this one stays closed
    accept: 'ILLEGAL_TRANSITION',
    reject: 'ILLEGAL_TRANSITION',
    close: 'ILLEGAL_TRANSITION',
    assign: 'ILLEGAL_TRANSITION',
  },
};

describeEachDatabase('ticket transitions over HTTP', (database) => {
  const harness = useHarness(database);
  let customer: SignedInClient;
  let agent: SignedInClient;

  beforeAll(async () => {
    const h = harness();
    const org = await createOrganization(h);
    await createContract(h, org.id, { modality: '5x8' });
    customer = await login(h, await createUser(h, { role: 'customer', organizationId: org.id }));
    agent = await login(h, await createUser(h, { role: 'agent' }));
  });

  async function post(who: SignedInClient, url: string, payload: object = {}) {
    return harness().app.inject({ method: 'POST', url, headers: who.headers, payload });
  }

  const message = (kind: string, body = 'Texto del mensaje') => ({ kind, body });

  async function ticketIn(state: State): Promise<string> {
    const created = await post(customer, '/api/v1/tickets', {
      subject: `Caso en ${state}`,
      description: 'Descripción',
      impact: 'low',
    });
    const id: string = created.json().id;
    const url = `/api/v1/tickets/${id}`;
    const steps: Record<State, Array<[SignedInClient, string, object]>> = {
      new: [],
      in_progress: [[agent, '/messages', message('reply')]],
      in_progress_diagnosed: [[agent, '/messages', message('diagnosis')]],
      waiting_customer: [[agent, '/messages', message('info_request')]],
      solution_proposed: [
        [agent, '/messages', message('diagnosis')],
        [agent, '/messages', message('solution')],
      ],
      closed: [[agent, '/close', { resolution: 'out_of_scope', reason: 'Proveedor' }]],
    };
    for (const [who, path, payload] of steps[state]) {
      const response = await post(who, `${url}${path}`, payload);
      expect(response.statusCode, response.body).toBeLessThan(300);
    }
    return id;
  }

  function attempt(intent: Intent, id: string) {
    const url = `/api/v1/tickets/${id}`;
    switch (intent) {
      case 'diagnosis':
      case 'info_request':
      case 'note':
      case 'solution':
        return post(agent, `${url}/messages`, message(intent));
      case 'agent_reply':
        return post(agent, `${url}/messages`, message('reply'));
      case 'customer_reply':
        return post(customer, `${url}/messages`, message('reply', 'El equipo sigue sin red'));
      case 'accept':
        return post(customer, `${url}/accept`);
      case 'reject':
        return post(customer, `${url}/reject`);
      case 'close':
        return post(agent, `${url}/close`, { resolution: 'out_of_scope', reason: 'Proveedor' });
      case 'assign':
        return post(agent, `${url}/assign`, { assigneeId: agent.user.id });
    }
  }

  for (const state of Object.keys(table) as State[]) {
    it(`from ${state}`, async () => {
      for (const [intent, expected] of Object.entries(table[state]) as Array<[Intent, string]>) {
        const id = await ticketIn(state);
        const response = await attempt(intent, id);
        const after = await harness().app.inject({
          url: `/api/v1/tickets/${id}`,
          headers: agent.headers,
        });
        const status = after.json().status;
        if (expected === 'ILLEGAL_TRANSITION' || expected === 'DIAGNOSIS_REQUIRED') {
          expect(response.statusCode, `${state} + ${intent}: ${response.body}`).toBe(409);
          expect(response.json().code).toBe(expected);
          expect(status, `${state} + ${intent} must change nothing`).toBe(
            state === 'in_progress_diagnosed' ? 'in_progress' : state,
          );
        } else {
          expect(response.statusCode, `${state} + ${intent}: ${response.body}`).toBeLessThan(300);
          expect(status, `${state} + ${intent}`).toBe(expected);
        }
      }
    });
  }
});
