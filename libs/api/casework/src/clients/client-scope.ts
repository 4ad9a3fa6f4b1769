import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { NotFoundError, type RequestUser } from '@ct/api-core';
import { ClientEntity } from '../entities/client.entity';

/**
 * Object-level access to casework: a caseworker reaches only the clients assigned to them; anything
 * else answers 404, as if it did not exist. Erased clients answer 404 to everyone. Admins and directors reach every client (directors read only,
 * which the routes enforce, and never see identifying fields, which the views enforce).
 */
@Injectable()
export class ClientScope {
  async find(manager: EntityManager, actor: RequestUser, clientId: string, lock = false): Promise<ClientEntity> {
    const client = await manager.findOne(ClientEntity, {
      where: actor.role === 'caseworker' ? { id: clientId, caseworkerId: actor.id, erasedAt: IsNull() } : { id: clientId, erasedAt: IsNull() },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!client) throw new NotFoundError('client');
    return client;
  }

  /** Limits a query to the actor's caseload; `clientIdColumn` is the aliased column holding the client id. */
  restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: RequestUser, clientIdColumn: string): SelectQueryBuilder<T> {
    if (actor.role === 'caseworker') {
      qb.andWhere(`${clientIdColumn} IN (SELECT sc.id FROM clients sc WHERE sc.caseworker_id = :scopeActorId)`, { scopeActorId: actor.id });
    } else {
      // Erased clients remain only as anonymous statistics: no route lists what is left of them.
      qb.andWhere(`NOT EXISTS (SELECT 1 FROM clients ec WHERE ec.id = ${clientIdColumn} AND ec.erased_at IS NOT NULL)`);
    }
    return qb;
  }
}
