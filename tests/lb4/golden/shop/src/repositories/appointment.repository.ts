import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Appointment, AppointmentRelations, Patient, Physician} from '../models';
import {PatientRepository} from './patient.repository';
import {PhysicianRepository} from './physician.repository';

export class AppointmentRepository extends DefaultCrudRepository<
  Appointment,
  typeof Appointment.prototype.id,
  AppointmentRelations
> {
  public readonly patient: BelongsToAccessor<
    Patient,
    typeof Appointment.prototype.id
  >;
  public readonly physician: BelongsToAccessor<
    Physician,
    typeof Appointment.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('PatientRepository')
    protected patientRepositoryGetter: Getter<PatientRepository>,
    @repository.getter('PhysicianRepository')
    protected physicianRepositoryGetter: Getter<PhysicianRepository>,
  ) {
    super(Appointment, dataSource);
    this.patient = this.createBelongsToAccessorFor(
      'patient',
      patientRepositoryGetter,
    );
    this.registerInclusionResolver('patient', this.patient.inclusionResolver);
    this.physician = this.createBelongsToAccessorFor(
      'physician',
      physicianRepositoryGetter,
    );
    this.registerInclusionResolver(
      'physician',
      this.physician.inclusionResolver,
    );
  }
}
