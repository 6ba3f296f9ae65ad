import { Schema, model, type InferSchemaType } from 'mongoose';
import { ROLES } from '@shared/accounts/roles.js';

const userSchema = new Schema(
  {
    phone: { type: String },
    email: { type: String },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    roles: { type: [{ type: String, enum: ROLES }], default: ['consumer'] },
    locale: { type: String },
    consent: {
      privacyNoticeVersion: { type: String, required: true },
      acceptedAt: { type: Date, required: true },
    },
    profile: {
      employer: { type: String },
      idNumber: { type: String },
    },
    passwordChangedAt: { type: Date },
  },
  { timestamps: true },
);
// Sparse: a user has a phone or an e-mail; both must be unique among those who have one.
userSchema.index({ phone: 1 }, { unique: true, sparse: true });
userSchema.index({ email: 1 }, { unique: true, sparse: true });

export type UserDoc = InferSchemaType<typeof userSchema> & { _id: import('mongoose').Types.ObjectId };
export const User = model('User', userSchema);
