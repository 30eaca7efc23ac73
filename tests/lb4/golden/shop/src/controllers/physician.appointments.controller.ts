import {
  Count,
  CountSchema,
  Filter,
  repository,
  Where,
} from '@loopback/repository';
import {
  del,
  get,
  getModelSchemaRef,
  getWhereSchemaFor,
  param,
  post,
  requestBody,
  response,
} from '@loopback/rest';
import {Appointment} from '../models';
import {PhysicianRepository} from '../repositories';

// LoopBack 3's endpoints of Physician.appointments, at its paths (/Physicians/{id}/appointments).
export class PhysicianAppointmentsController {
  constructor(
    @repository(PhysicianRepository)
    protected physicianRepository: PhysicianRepository,
  ) {}

  @get('/Physicians/{id}/appointments')
  @response(200, {
    description: 'Physician.appointments',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Appointment),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Appointment>,
  ): Promise<Appointment[]> {
    return this.physicianRepository.appointments(id).find(filter);
  }

  @post('/Physicians/{id}/appointments')
  @response(200, {
    description: 'Physician.appointments: the new Appointment',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Appointment),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Appointment, {
            title: 'NewAppointmentInPhysician',
            exclude: ['id'],
          }),
        },
      },
    })
    appointment: Omit<Appointment, 'id'>,
  ): Promise<Appointment> {
    return this.physicianRepository.appointments(id).create(appointment);
  }

  @del('/Physicians/{id}/appointments')
  @response(200, {
    description: 'Physician.appointments: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Appointment))
    where?: Where<Appointment>,
  ): Promise<Count> {
    return this.physicianRepository.appointments(id).delete(where);
  }
}
