import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Physician} from '../models';
import {AppointmentRepository} from '../repositories';

// LoopBack 3's endpoints of Appointment.physician, at its paths (/Appointments/{id}/physician).
export class AppointmentPhysicianController {
  constructor(
    @repository(AppointmentRepository)
    protected appointmentRepository: AppointmentRepository,
  ) {}

  @get('/Appointments/{id}/physician')
  @response(200, {
    description: 'Appointment.physician: the Physician it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Physician),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Physician> {
    return this.appointmentRepository.physician(id);
  }
}
