import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BlindIndex, FieldCipher } from './field-cipher';

/** The cipher and blind index built from the validated configuration, injectable everywhere. */
@Global()
@Module({
  providers: [
    { provide: FieldCipher, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new FieldCipher(c.encryptionKeys, c.activeKeyVersion) },
    { provide: BlindIndex, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new BlindIndex(c.indexKey) },
  ],
  exports: [FieldCipher, BlindIndex],
})
export class CryptoModule {}
